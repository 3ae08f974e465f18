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
  'settings:get',
  'settings:update',
  'customFields:list',
  'customFields:create',
  'customFields:update',
  'loyalty:status',
  'loyalty:ledger',
  'loyalty:redeem',
  'loyalty:adjust',
  'loyalty:program',
  'loyalty:preview',
  'loyalty:setProgram',
  'loyalty:recompute',
  'imports:upload',
  'imports:inspect',
  'imports:start',
  'imports:status',
  'imports:cancel',
  'imports:rejects',
  'imports:list',
  'imports:undo',
  'imports:mappings',
  'imports:saveMapping',
  'imports:deleteMapping',
  'exports:start',
  'exports:status',
  'exports:cancel',
  'exports:chunk',
  'exports:list',
  'backups:status',
  'backups:list',
  'backups:create',
  'backups:restore',
  'backups:getSettings',
  'backups:updateSettings',
  'auth:status',
  'auth:signInOptions',
  'auth:setupOwner',
  'auth:signIn',
  'auth:lock',
  'auth:activity',
  'auth:changeOwnSecret',
  'auth:setSecret',
  'auth:credentials',
  'auth:unlock',
  'auth:setRole',
  'auth:permissions',
  'auth:setPermission',
  'auth:setIdleLock',
  'audit:list',
  'audit:export',
  'audit:verify',
  'privacy:consentHistory',
  'privacy:export',
  'privacy:erase',
  'reminders:today',
  'reminders:customer',
  'reminders:done',
  'reminders:dismiss',
  'reminders:snooze',
  'reminders:setPlan',
  'reminders:addOneOff',
  'reminders:cancelOneOff',
  'reminders:settings',
  'reminders:updateSettings',
  'reminders:setTagRule',
  'predictions:list',
  'suggestions:today',
  'suggestions:customer',
  'suggestions:act',
  'suggestions:outcomes',
  'suggestions:settings',
  'suggestions:updateSettings',
  'suggestions:updateTemplate',
] as const satisfies readonly Channel[];

export const ALLOWED_EVENTS = [
  'customers:changed',
  'interactions:changed',
  'staff:changed',
  'settings:changed',
  'app:menu',
  'loyalty:changed',
  'imports:changed',
  'backups:changed',
  'backups:restored',
  'auth:changed',
  'reminders:changed',
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
