// Keys start with the channel they were fetched from, so invalidating a channel is one prefix.
export const queryKeys = {
  appInfo: ['app:info'] as const,
  customerListAll: ['customers:list'] as const,
  customerPages: ['customers:list', 'pages'] as const,
  /** One sorted and filtered browse of the list; the query object is part of the key. */
  customerListPages: (query: object) => ['customers:list', 'pages', query] as const,
  customerCount: ['customers:list', 'count'] as const,
  customerSearchAll: ['customers:search'] as const,
  customerSearch: (query: string) => ['customers:search', query] as const,
  customerAll: ['customers:get'] as const,
  customer: (id: string) => ['customers:get', id] as const,
  trashAll: ['customers:trash'] as const,
  trash: (offset: number) => ['customers:trash', offset] as const,
  duplicatesListAll: ['duplicates:list'] as const,
  duplicatesCheckAll: ['duplicates:check'] as const,
  duplicatesCheck: (input: object) => ['duplicates:check', input] as const,
  settings: ['settings:get'] as const,
  customFieldsAll: ['customFields:list'] as const,
  customFields: (includeArchived: boolean) => ['customFields:list', includeArchived] as const,
  /** Merges made in this session, kept in the cache (no channel) so their undo survives navigation. */
  recentMerges: ['session-only', 'recent-merges'] as const,
  /** The spotlight asks for fewer matches than the list, so its answers are cached apart. */
  spotlightSearch: (query: string) => ['customers:search', 'spotlight', query] as const,
  staffAll: ['staff:list'] as const,
  staff: (includeInactive: boolean) => ['staff:list', includeInactive] as const,
  session: ['session:get'] as const,
  interactionsAll: ['interactions:list'] as const,
  interactionsOf: (customerId: string) => ['interactions:list', customerId] as const,
  /** One customer's timeline, only some kinds when `kinds` is not empty. */
  interactions: (customerId: string, kinds: readonly string[]) =>
    ['interactions:list', customerId, kinds] as const,
  remindersTodayAll: ['reminders:today'] as const,
  remindersToday: (input: object) => ['reminders:today', input] as const,
  customerOutlookAll: ['reminders:customer'] as const,
  customerOutlook: (customerId: string) => ['reminders:customer', customerId] as const,
  reminderSettings: ['reminders:settings'] as const,
};
