import type { AppServer } from './app-server.ts';
import { expect, OWNER, test } from './fixtures.ts';
import { AppShell } from './pages/app-shell.ts';
import { FirstRun } from './pages/first-run.ts';
import { CustomerForm } from './pages/customer-form.ts';
import { CustomerPage } from './pages/customer-page.ts';
import { Session } from './pages/session.ts';

// Every PIN is hashed at the real scrypt cost (N=2^17, about a second each on a busy machine),
// and these tests check several: they get the slow timeout.
test.slow();

/** Calls the API as the owner's page would, and fails loudly if the core refuses. */
async function seed<T = { id: string }>(server: AppServer, channel: string, input: unknown): Promise<T> {
  const result = (await server.invoke(channel, input)) as { ok: boolean; data?: T };
  if (!result.ok || result.data === undefined)
    throw new Error(`${channel} refused: ${JSON.stringify(result)}`);
  return result.data;
}

/** Opens the app with its token, then goes to a route: the token lives on in sessionStorage. */
async function openAt(app: AppShell, server: AppServer, appUrl: string, route: string): Promise<void> {
  await app.open(appUrl);
  await app.page.goto(`${server.origin}/#${route}`);
  await app.expectReady();
}

async function shopWithSam(server: AppServer) {
  const ann = await seed(server, 'customers:create', {
    firstName: 'Ann',
    lastName: 'Archer',
    phone: '555 0100',
  });
  const sam = await seed(server, 'staff:create', { displayName: 'Sam Okafor', color: 'grape' });
  await seed(server, 'auth:setSecret', { staffId: sam.id, secret: '1357' });
  return { ann, sam };
}

test.describe('first run', () => {
  test.use({ ownerSignedIn: false });

  test('creates the owner, who can lock the app and sign in again with the PIN', async ({ page, appUrl }) => {
    const app = new AppShell(page);
    const session = new Session(page);
    await app.open(appUrl);

    const firstRun = new FirstRun(page);
    await firstRun.nameShop('Caffè Nero');
    await firstRun.becomeOwner('Olive Owner', '2468');
    await firstRun.start('Start empty');
    await session.expectSignedIn('Olive Owner');
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

    await session.lock('Olive Owner');
    // The last person is chosen already: the PIN and Enter are all it takes.
    await expect(page.getByRole('radio', { name: 'Olive Owner' })).toBeChecked();
    await expect(session.pin).toBeFocused();
    await page.keyboard.type('2468');
    await page.keyboard.press('Enter');
    await session.expectSignedIn('Olive Owner');
  });
});

test('staff cannot see or reach export, delete or settings, in the UI or past it', async ({
  page,
  appUrl,
  appServer,
}) => {
  const { ann } = await shopWithSam(appServer);
  const app = new AppShell(page);
  const session = new Session(page);
  const customer = new CustomerPage(page);
  await openAt(app, appServer, appUrl, `/customers/${ann.id}`);
  await customer.expectCustomer('Ann Archer');
  // The owner sees them…
  await expect(page.getByRole('button', { name: 'Delete customer' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export their data (JSON)' })).toBeVisible();

  await session.switchTo(OWNER.name, 'Sam Okafor', '1357');
  await customer.expectCustomer('Ann Archer');
  // …staff do not: no delete, no export, no erase, no trash, audit or settings to go to.
  await expect(page.getByRole('button', { name: 'Delete customer' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export their data (JSON)' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Erase for good…' })).toHaveCount(0);
  const navigation = page.getByRole('navigation');
  await expect(navigation.getByRole('link')).toHaveText(['Today', 'Customers', 'Help']);
  // Logging still works: that is the counter's job.
  await customer.amount.fill('12');
  await customer.amount.press('Enter');
  await expect(customer.newestEntry()).toContainText('Sam Okafor');

  // Past the UI: the page's own connection asking for a delete or an export is refused by the core.
  const answers = await page.evaluate(async (id) => {
    const token = sessionStorage.getItem('regulars.token') ?? '';
    const ask = async (channel: string, input: unknown) =>
      (await fetch(`/api/invoke/${channel}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      }).then((response) => response.json())) as { ok: boolean; error?: { code: string } };
    return [
      await ask('customers:delete', { ids: [id] }),
      await ask('privacy:export', { customerId: id }),
      await ask('audit:export', { format: 'csv' }),
      await ask('auth:setRole', { staffId: id, role: 'owner' }),
    ];
  }, ann.id);
  expect(answers.map((answer) => answer.error?.code)).toEqual([
    'forbidden',
    'forbidden',
    'forbidden',
    'forbidden',
  ]);
  // A typed address shows the refusal, not the trash.
  await page.goto(`${appServer.origin}/#/trash`);
  await expect(page.getByText(/Sam Okafor \(staff\) may not delete customers/)).toBeVisible();
  expect(await appServer.invoke('customers:get', { id: ann.id })).toMatchObject({ ok: true });
});

test('five wrong PINs lock a staff member out, even with the right one', async ({
  page,
  appUrl,
  appServer,
}) => {
  const { sam } = await shopWithSam(appServer);
  const app = new AppShell(page);
  const session = new Session(page);
  await app.open(appUrl);
  await session.lock(OWNER.name);

  for (let attempt = 1; attempt <= 4; attempt++) {
    await session.signIn('Sam Okafor', '0000');
    await expect(page.getByText(`${5 - attempt} more`, { exact: false })).toBeVisible();
  }
  await session.signIn('Sam Okafor', '0000');
  await expect(page.getByText('Sam Okafor is now locked out for 5 minutes', { exact: false })).toBeVisible();
  await expect(page.getByText(/locked until/)).toBeVisible();

  await session.signIn('Sam Okafor', '1357');
  await expect(
    page.getByText(/Sam Okafor is locked out after 5 wrong PINs; try again in 5 minutes/),
  ).toBeVisible();
  await expect(session.lockScreen).toBeVisible();
  expect(await appServer.invoke('auth:signInOptions', {})).toMatchObject({
    ok: true,
    data: expect.arrayContaining([
      expect.objectContaining({ staffId: sam.id, lockedUntil: expect.any(Number) }),
    ]),
  });
});

test('the audit trail shows an edit: who, which field, old and new', async ({ page, appUrl, appServer }) => {
  const { ann } = await shopWithSam(appServer);
  const app = new AppShell(page);
  const form = new CustomerForm(page);
  await openAt(app, appServer, appUrl, `/customers/${ann.id}/edit`);
  await form.field('Phone').fill('555 0199');
  await form.save();
  await new CustomerPage(page).expectCustomer('Ann Archer');

  await page.getByRole('link', { name: 'History of changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
  const edit = page.getByRole('row').filter({ hasText: 'Edited a customer: phone' });
  await expect(edit).toContainText(OWNER.name);
  await expect(edit).toContainText('phone: 555 0100 → 555 0199');
  await expect(edit).toContainText('Ann Archer');

  await page.getByRole('button', { name: 'Verify the chain' }).click();
  await expect(page.getByText('The trail is intact')).toBeVisible();
});
