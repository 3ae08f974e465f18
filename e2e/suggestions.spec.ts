import { expect, test } from './fixtures.ts';
import { AppShell } from './pages/app-shell.ts';
import { CustomerPage } from './pages/customer-page.ts';

const DAY = 86_400_000;

test('closing the loop comes first on Today; copying logs the follow-up on the timeline', async ({
  page,
  context,
  appUrl,
  appServer,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const invoke = async (channel: string, input: unknown) => {
    const result = (await appServer.invoke(channel, input)) as { ok: boolean; data: { id: string } };
    expect(result.ok).toBe(true);
    return result.data;
  };
  const now = Date.now();
  // An overdue regular who spends a lot, and a customer who complained yesterday.
  const rita = await invoke('customers:create', { firstName: 'Rita', lastName: 'Regular' });
  for (const daysAgo of [36, 26, 16])
    await invoke('interactions:log', {
      customerId: rita.id,
      kind: 'purchase',
      amountMinor: 9000,
      occurredAt: now - daysAgo * DAY,
    });
  const una = await invoke('customers:create', {
    firstName: 'Úna',
    lastName: 'Upset',
    email: 'una@example.com',
  });
  await invoke('interactions:log', { customerId: una.id, kind: 'visit', occurredAt: now - 200 * DAY });
  await invoke('interactions:log', {
    customerId: una.id,
    kind: 'complaint',
    note: 'cold coffee',
    occurredAt: now - DAY,
  });

  const app = new AppShell(page);
  await app.open(appUrl);
  const followUps = page.getByRole('list', { name: 'Follow-ups' });
  const items = followUps.getByRole('listitem');
  await expect(items.first()).toHaveAttribute('aria-label', 'Close the loop: Úna Upset');
  await expect(items.nth(1)).toHaveAttribute('aria-label', 'Win back: Rita Regular');
  const loop = items.first();
  await expect(loop).toContainText('A complaint 1 day ago: “cold coffee”, with no follow-up since.');
  await expect(loop.getByRole('combobox', { name: 'Channel' })).toHaveValue('email');

  await loop.getByRole('button', { name: 'Copy text and log' }).click();
  await expect(followUps.getByRole('listitem', { name: 'Close the loop: Úna Upset' })).toHaveCount(0);
  expect(await page.evaluate('navigator.clipboard.readText()')).toMatch(/^Hello Úna, this is/);

  await page.goto(`${appUrl.split('#')[0]}#/customers/${una.id}`);
  const customer = new CustomerPage(page);
  await customer.expectCustomer('Úna Upset');
  await expect(customer.timelineEntry(/Close the loop: Hello Úna/)).toContainText('Follow-up');
});
