import type { AppServer } from './app-server.ts';
import { expect, test } from './fixtures.ts';
import { AppShell } from './pages/app-shell.ts';
import { CustomerForm } from './pages/customer-form.ts';
import { CustomerPage } from './pages/customer-page.ts';
import { CustomersPage } from './pages/customers-page.ts';
import { DuplicatesPage } from './pages/duplicates-page.ts';
import { TrashPage } from './pages/trash-page.ts';

interface Created {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  tags: string[];
}

/** Calls the running app's API as the page would, failing the test on a refusal. */
async function api<T>(server: AppServer, channel: string, input: unknown): Promise<T> {
  const result = (await server.invoke(channel, input)) as
    { ok: true; data: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data;
}

const listAll = (server: AppServer, filter: object = {}) =>
  api<{ items: Created[]; total: number }>(server, 'customers:list', { limit: 500, filter });

test('a likely duplicate is pointed out while the new customer is typed, before saving', async ({
  page,
  appUrl,
  appServer,
}) => {
  const ann = await api<Created>(appServer, 'customers:create', {
    firstName: 'Ann',
    lastName: 'Archer',
    phone: '+32 470 12 34 56',
  });
  const app = new AppShell(page);
  const form = new CustomerForm(page);

  await app.open(appUrl);
  await app.goTo('Customers');
  await new CustomersPage(page).startNewCustomer();
  await form.fill({ firstName: 'Anne', lastName: 'Archer', phone: '0032 470 123 456' });

  const warning = page.getByRole('status', { name: 'Possible duplicates' });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('link', { name: 'Ann Archer' })).toHaveAttribute(
    'href',
    new RegExp(`/customers/${ann.id}$`),
  );
  // Shown before saving: nothing has been stored yet.
  expect((await listAll(appServer)).total).toBe(1);
});

test('two records of one person are merged, then the merge is undone and both are back', async ({
  page,
  appUrl,
  appServer,
}) => {
  const ann = await api<Created>(appServer, 'customers:create', {
    firstName: 'Ann',
    lastName: 'Archer',
    phone: '+32 470 12 34 56',
    email: 'ann@example.com',
  });
  await api(appServer, 'interactions:log', { customerId: ann.id, kind: 'visit', amountMinor: 2500 });
  await api(appServer, 'interactions:log', {
    customerId: ann.id,
    kind: 'visit',
    occurredAt: Date.now() - 30 * 86_400_000,
  });
  const anne = await api<Created>(appServer, 'customers:create', {
    firstName: 'Anne',
    lastName: 'Archer',
    phone: '0470 12 34 56',
    email: 'anne.archer@example.org',
  });
  await api(appServer, 'interactions:log', { customerId: anne.id, kind: 'note', note: 'Prefers Sam' });
  const before = await Promise.all(
    [ann, anne].map((customer) => api(appServer, 'customers:get', { id: customer.id })),
  );
  const app = new AppShell(page);
  const duplicates = new DuplicatesPage(page);

  await app.open(appUrl);
  await app.goTo('Duplicates');
  const dialog = await duplicates.openMerge('Ann Archer', 'Anne Archer');
  await duplicates.keepValue(dialog, 'Email', 'anne.archer@example.org');
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();

  await expect(page.getByText('Merged Anne Archer into Ann Archer.')).toBeVisible();
  await expect(duplicates.pair('Ann Archer', 'Anne Archer')).toHaveCount(0);
  const merged = await listAll(appServer);
  expect(merged.items.map((customer) => [customer.id, customer.email])).toEqual([
    [ann.id, 'anne.archer@example.org'],
  ]);

  // The notification's own Undo (the page also lists the merge with one).
  await page
    .getByRole('status')
    .filter({ hasText: 'Merged Anne Archer into Ann Archer.' })
    .getByRole('button', { name: 'Undo merge' })
    .click();
  await expect(
    page.getByText('Merge undone: Ann Archer and Anne Archer are two customers again.'),
  ).toBeVisible();
  const after = await Promise.all(
    [ann, anne].map((customer) => api(appServer, 'customers:get', { id: customer.id })),
  );
  // Exactly as before: fields, tags, consent and every interaction with its customer.
  expect(after).toEqual(before);
  await expect(duplicates.pair('Ann Archer', 'Anne Archer')).toBeVisible();
});

test('a deleted customer waits in the trash and comes back with their history', async ({
  page,
  appUrl,
  appServer,
}) => {
  const bob = await api<Created>(appServer, 'customers:create', { firstName: 'Bob', lastName: 'Baker' });
  await api(appServer, 'interactions:log', { customerId: bob.id, kind: 'visit', note: 'Beard trim' });
  const app = new AppShell(page);
  const customer = new CustomerPage(page);
  const trash = new TrashPage(page);

  await app.open(appUrl);
  await app.goTo('Customers');
  await new CustomersPage(page).result(/Bob Baker/).click();
  await customer.expectCustomer('Bob Baker');
  await page.getByRole('button', { name: 'Delete customer' }).click();
  await expect(page.getByText('Bob Baker moved to the trash.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  expect((await listAll(appServer)).total).toBe(0);

  await app.goTo('Trash');
  await expect(page.getByText('Customers in the trash are erased after 30 days.')).toBeVisible();
  await trash.restore('Bob Baker');
  await expect(page.getByText('Restored Bob Baker.')).toBeVisible();
  await expect(page.getByText('The trash is empty.')).toBeVisible();

  await app.goTo('Customers');
  await new CustomersPage(page).result(/Bob Baker/).click();
  await customer.expectCustomer('Bob Baker');
  await expect(customer.timeline).toContainText('Beard trim');
});

test('500 customers are tagged at once: select all matching, add the tag, and find them by it', async ({
  page,
  appUrl,
  appServer,
}) => {
  test.setTimeout(90_000);
  const COUNT = 500;
  for (let start = 0; start < COUNT; start += 50) {
    await Promise.all(
      Array.from({ length: 50 }, (_, offset) =>
        api(appServer, 'customers:create', {
          firstName: `Guest${String(start + offset).padStart(3, '0')}`,
          lastName: 'Walkin',
        }),
      ),
    );
  }
  const app = new AppShell(page);
  const customers = new CustomersPage(page);

  await app.open(appUrl);
  await app.goTo('Customers');
  await expect(page.getByText(`${COUNT} customers`, { exact: true })).toBeVisible();
  await customers.selectAllMatching(COUNT);
  await customers.addTagToSelected('spring-promo');
  await expect(page.getByText(`Added “spring-promo” to ${COUNT} customers.`)).toBeVisible();

  await customers.filterByTag('spring-promo');
  await expect(page.getByText(`${COUNT} customers match the filters`)).toBeVisible();
  expect((await listAll(appServer, { tags: ['spring-promo'] })).total).toBe(COUNT);

  // The tag is searchable too: the search box finds tagged customers (its first page of them).
  await customers.searchFor('spring-promo');
  await expect(customers.result(/Guest000 Walkin/)).toBeVisible();
  await expect(page.getByText('First 100 matches: type more to narrow down')).toBeVisible();
});
