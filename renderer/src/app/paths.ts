// Every in-app address in one place, so a link cannot drift from its route.
export const paths = {
  today: '/',
  customers: '/customers',
  newCustomer: '/customers/new',
  customer: (id: string) => `/customers/${encodeURIComponent(id)}`,
  editCustomer: (id: string) => `/customers/${encodeURIComponent(id)}/edit`,
  settings: '/settings',
  duplicates: '/duplicates',
  trash: '/trash',
  help: '/help',
  importFiles: '/import',
  exportContacts: '/export',
  audit: '/audit',
  auditOf: (customerId: string) => `/audit?customer=${encodeURIComponent(customerId)}`,
  insights: '/insights',
  /** The customers of a set (a figure, a chart cell, an RFM segment), carried in the address. */
  customerSet: (set: object) => `/insights/customers?set=${encodeURIComponent(JSON.stringify(set))}`,
  segments: '/segments',
  newSegment: '/segments/new',
  segment: (id: string) => `/segments/${encodeURIComponent(id)}`,
};
