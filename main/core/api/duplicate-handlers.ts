import type { HandlerMap } from './handlers.ts';
import { notBuiltYet } from './not-built-yet.ts';

export const duplicateHandlers: HandlerMap<
  'duplicates:check' | 'duplicates:list' | 'duplicates:dismiss' | 'customers:merge' | 'customers:undoMerge'
> = {
  'duplicates:check': () => notBuiltYet('duplicates:check'),
  'duplicates:list': () => notBuiltYet('duplicates:list'),
  'duplicates:dismiss': () => notBuiltYet('duplicates:dismiss'),
  'customers:merge': () => notBuiltYet('customers:merge'),
  'customers:undoMerge': () => notBuiltYet('customers:undoMerge'),
};
