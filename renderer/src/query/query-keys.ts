// Keys start with the channel they were fetched from, so invalidating a channel is one prefix.
export const queryKeys = {
  appInfo: ['app:info'] as const,
  customerListAll: ['customers:list'] as const,
  customerPages: ['customers:list', 'pages'] as const,
  customerCount: ['customers:list', 'count'] as const,
  customerSearchAll: ['customers:search'] as const,
  customerSearch: (query: string) => ['customers:search', query] as const,
  customerAll: ['customers:get'] as const,
  customer: (id: string) => ['customers:get', id] as const,
};
