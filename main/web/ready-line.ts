/** serve.ts prints this before its URL; test harnesses wait for it rather than guess when it is up. */
export const READY_LINE_PREFIX = 'REGULARS_READY ';
