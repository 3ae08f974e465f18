import { expect, test } from './fixtures.ts';
import { AppShell } from './pages/app-shell.ts';
import { CustomerForm } from './pages/customer-form.ts';
import { CustomerPage } from './pages/customer-page.ts';
import { CustomersPage } from './pages/customers-page.ts';

const josé = {
  firstName: 'José',
  lastName: 'Núñez',
  phone: '+39 333 123 4567',
  email: 'jose.nunez@example.com',
};

test('a new customer is found by name and phone, gets a visit, and keeps it after a reload', async ({
  page,
  appUrl,
}) => {
  const app = new AppShell(page);
  const customers = new CustomersPage(page);
  const form = new CustomerForm(page);
  const customer = new CustomerPage(page);

  await app.open(appUrl);
  await app.goTo('Customers');
  await customers.startNewCustomer();
  await form.fill(josé);
  await form.save();
  await customer.expectCustomer('José Núñez');

  await app.goTo('Customers');
  // Accents ignored: "nunez" finds Núñez.
  await customers.searchFor('nunez');
  await customers.expectOnlyResult(/José Núñez/);
  // The last four digits of the phone, as a customer says them at the counter.
  await customers.searchFor('4567');
  await customers.expectOnlyResult(/José Núñez/);
  await customers.result(/José Núñez/).click();
  await customer.expectCustomer('José Núñez');

  await customer.logInteraction({ kind: 'visit', amount: '12.50' });
  const visit = customer.timelineEntry(/12[.,]50/);
  await expect(visit).toBeVisible();
  await expect(visit).toContainText('Visit');

  await app.reload();
  await customer.expectCustomer('José Núñez');
  await expect(customer.timelineEntry(/12[.,]50/)).toContainText('Visit');
});

test('a bad e-mail address is pointed out on the form and nothing is saved', async ({
  page,
  appUrl,
  appServer,
}) => {
  const app = new AppShell(page);
  const form = new CustomerForm(page);

  await app.open(appUrl);
  await app.goTo('Customers');
  await new CustomersPage(page).startNewCustomer();
  await form.fill({ firstName: 'Ann', email: 'ann@example' });
  await form.save();

  await form.expectFieldError('Email', /name@example\.com/);
  await expect(page.getByRole('heading', { level: 1, name: 'Ann' })).toHaveCount(0);
  // Asked of the server itself, not the UI: the refusal must not have stored anything.
  expect(await appServer.invoke('customers:list', {})).toMatchObject({ ok: true, data: { total: 0 } });
});

test('opening the app without its token explains what went wrong', async ({ page, appServer }) => {
  await page.goto(`${appServer.origin}/`);

  await expect(page.locator('html[data-app-state="error"]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Says what is wrong and what to do: use the link with its token.
  await expect(page.getByRole('alert')).toContainText(/token/i);
  await expect(page.getByRole('navigation')).toHaveCount(0);
});
