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
  audit: '/audit',
  auditOf: (customerId: string) => `/audit?customer=${encodeURIComponent(customerId)}`,
};
