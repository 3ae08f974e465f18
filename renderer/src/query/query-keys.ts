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
  insightsFigures: (period: object) => ['insights:figures', period] as const,
  insightsCharts: (period: object) => ['insights:charts', period] as const,
  insightsRfm: (asOf: string | undefined) => ['insights:rfm', asOf ?? 'today'] as const,
  insightsSettings: ['insights:settings'] as const,
  segmentsAll: ['segments:list'] as const,
  segment: (id: string) => ['segments:get', id] as const,
  segmentCount: (filter: object) => ['segments:count', filter] as const,
  segmentCustomers: (set: object, offset: number) => ['segments:customers', set, offset] as const,
};

/** Everything computed from customers and visits: stale after any change to either. */
export const insightsKeys = [
  ['insights:figures'],
  ['insights:charts'],
  ['insights:rfm'],
  ['segments:count'],
  ['segments:customers'],
] as const;
