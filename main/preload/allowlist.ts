import type { Channel, EventName } from '../../shared/ipc/contract.ts';

// The names are repeated here rather than imported because contract.ts pulls in zod and the
// domain schemas, which have no place in a sandboxed preload. Two guards keep the copies honest:
// the type assertions below fail to compile if a contract name is missing here, and
// allowlist.test.ts checks both lists equal the contract's, in order.

export const ALLOWED_CHANNELS = [
  'app:info',
  'customers:list',
  'customers:search',
  'customers:get',
  'customers:create',
  'customers:update',
  'customers:bulkTag',
  'customers:delete',
  'customers:restore',
  'customers:trash',
  'customers:purge',
  'duplicates:check',
  'duplicates:list',
  'duplicates:dismiss',
  'customers:merge',
  'customers:undoMerge',
  'interactions:log',
  'interactions:list',
  'interactions:update',
  'interactions:delete',
  'interactions:restore',
  'staff:list',
  'staff:create',
  'staff:update',
  'session:get',
  'session:setStaff',
  'settings:get',
  'settings:update',
  'customFields:list',
  'customFields:create',
  'customFields:update',
  'insights:figures',
  'insights:charts',
  'insights:rfm',
  'insights:settings',
  'insights:updateSettings',
  'segments:list',
  'segments:get',
  'segments:create',
  'segments:update',
  'segments:delete',
  'segments:count',
  'segments:customers',
  'segments:export',
  'segments:tag',
] as const satisfies readonly Channel[];

export const ALLOWED_EVENTS = [
  'customers:changed',
  'interactions:changed',
  'staff:changed',
  'settings:changed',
  'segments:changed',
] as const satisfies readonly EventName[];

type Exhaustive<Missing extends never> = Missing;
export type ChannelsCovered = Exhaustive<Exclude<Channel, (typeof ALLOWED_CHANNELS)[number]>>;
export type EventsCovered = Exhaustive<Exclude<EventName, (typeof ALLOWED_EVENTS)[number]>>;

const channels: ReadonlySet<string> = new Set(ALLOWED_CHANNELS);
const eventNames: ReadonlySet<string> = new Set(ALLOWED_EVENTS);

export function isAllowedChannel(name: unknown): name is Channel {
  return typeof name === 'string' && channels.has(name);
}

export function isAllowedEvent(name: unknown): name is EventName {
  return typeof name === 'string' && eventNames.has(name);
}
