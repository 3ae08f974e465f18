import { expect, test } from './fixtures.ts';
import { AppShell } from './pages/app-shell.ts';
import { CustomerForm } from './pages/customer-form.ts';
import { CustomerPage } from './pages/customer-page.ts';
import { CustomersPage } from './pages/customers-page.ts';
import { LoyaltyProgramForm, LoyaltySection } from './pages/loyalty.ts';

test('a program is set up, a purchase earns points and tier progress, and a reward is redeemed in two clicks', async ({
  page,
  appUrl,
  appServer,
}) => {
  const app = new AppShell(page);
  const program = new LoyaltyProgramForm(page);
  const customer = new CustomerPage(page);
  const loyalty = new LoyaltySection(page);

  await app.open(appUrl);
  await app.goTo('Settings');
  await program.addTier(1, 'Regular', '0');
  await program.addTier(2, 'Silver', '100');
  await program.addTier(3, 'Gold', '500');
  await program.addReward(1, 'Free coffee', '30');
  await program.previewAndSave(/would change tier/);

  await app.goTo('Customers');
  await new CustomersPage(page).startNewCustomer();
  await new CustomerForm(page).fill({ firstName: 'Ann', lastName: 'Lee' });
  await new CustomerForm(page).save();
  await customer.expectCustomer('Ann Lee');

  await customer.logInteraction({ kind: 'purchase', amount: '120.50' });
  // 1 point per 1.00, rounded down: 120 points, Silver, 380 more to Gold.
  await expect(loyalty.balance).toHaveText('120');
  await expect(loyalty.section.getByText('380 points to Gold', { exact: true })).toBeVisible();
  await expect(loyalty.headerBadge('Silver')).toBeVisible();

  await loyalty.redeem('Free coffee');
  await expect(loyalty.balance).toHaveText('90');
  await expect(loyalty.section.getByRole('table', { name: 'Points ledger' })).toContainText(
    'Redeemed Free coffee',
  );

  // The server agrees: the ledger holds the redemption, not just the screen.
  const customers = (await appServer.invoke('customers:list', {})) as { data: { items: { id: string }[] } };
  const id = customers.data.items[0]?.id ?? '';
  expect(await appServer.invoke('loyalty:status', { customerId: id })).toMatchObject({
    ok: true,
    data: { balance: 90, tier: { name: 'Silver' } },
  });
});
