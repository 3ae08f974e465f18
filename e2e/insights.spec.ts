import type { AppServer } from './app-server.ts';
import { expect, test } from './fixtures.ts';
import { AppShell } from './pages/app-shell.ts';
import { CustomerList, InsightsPage, SegmentEditor } from './pages/insights-pages.ts';

/** Calls the running app's API as the page would, failing the test on a refusal. */
async function api<T>(server: AppServer, channel: string, input: unknown): Promise<T> {
  const result = (await server.invoke(channel, input)) as
    { ok: true; data: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data;
}

const DAY = 86_400_000;

/** Ann came 100 days ago and again today; Bob and Cat came for the first time this week. */
async function shop(server: AppServer): Promise<void> {
  const add = (firstName: string, lastName: string, tags: string[]) =>
    api<{ id: string }>(server, 'customers:create', {
      firstName,
      lastName,
      tags,
      email: `${firstName.toLowerCase()}@example.com`,
    });
  const ann = await add('Ann', 'Archer', ['vip']);
  const bob = await add('Bob', 'Baker', ['vip']);
  const cat = await add('Cat', 'Cruz', []);
  const now = Date.now();
  const log = (customerId: string, occurredAt: number, amountMinor: number) =>
    api(server, 'interactions:log', { customerId, kind: 'visit', occurredAt, amountMinor });
  await log(ann.id, now - 100 * DAY, 2000);
  await log(ann.id, now - 60_000, 3000);
  await log(bob.id, now - 2 * DAY, 1500);
  await log(cat.id, now - 3 * DAY, 1200);
}

test('the dashboard opens the customers behind a figure', async ({ page, appUrl, appServer }) => {
  await shop(appServer);
  const app = new AppShell(page);
  const insights = new InsightsPage(page);
  const list = new CustomerList(page);
  await app.open(appUrl);
  await insights.open();

  const newCustomers = insights.figure('New customers');
  await expect(newCustomers).toContainText('2');
  await newCustomers.click();

  await expect(page.getByRole('heading', { level: 1, name: /^New customers, / })).toBeVisible();
  await expect(list.names()).toHaveText(['Bob Baker', 'Cat Cruz']);
  // Back on the dashboard, the returning customer is one click away as well.
  await page.goBack();
  await insights.figure('Returning customers').click();
  await expect(list.names()).toHaveText(['Ann Archer']);
});

test('a loyalty tier number opens its customers', async ({ page, appUrl, appServer }) => {
  await api(appServer, 'loyalty:setProgram', {
    program: {
      earn: { pointsPerUnit: 1, spendUnitMinor: 100, pointsPerVisit: 0, visitMinSpendMinor: 0 },
      tiers: {
        measure: 'points',
        period: 'rolling12',
        keepMonths: 0,
        levels: [
          { name: 'Silver', threshold: 20 },
          { name: 'Gold', threshold: 500 },
        ],
      },
      rewards: [],
      expiryMonths: null,
      birthdayBonus: 0,
    },
  });
  // Visits after the program took effect earn: Ann 30 points (Silver), Bob 15 (no tier).
  for (const [firstName, amountMinor] of [
    ['Ann', 3000],
    ['Bob', 1500],
  ] as const) {
    const { id } = await api<{ id: string }>(appServer, 'customers:create', { firstName, lastName: 'Test' });
    await api(appServer, 'interactions:log', {
      customerId: id,
      kind: 'visit',
      occurredAt: Date.now(),
      amountMinor,
    });
  }
  const app = new AppShell(page);
  const insights = new InsightsPage(page);
  const list = new CustomerList(page);
  await app.open(appUrl);
  await insights.open();

  await expect(insights.tier('Gold')).toContainText('0');
  await expect(insights.tier('No tier')).toContainText('1');
  await insights.tier('Silver').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Loyalty tier: Silver' })).toBeVisible();
  await expect(list.names()).toHaveText(['Ann Test']);
});

test('a segment is built with a live count, saved and exported as CSV', async ({
  page,
  appUrl,
  appServer,
}) => {
  await shop(appServer);
  const app = new AppShell(page);
  const editor = new SegmentEditor(page);
  const list = new CustomerList(page);
  await app.open(appUrl);
  await editor.startNew();

  // It starts with "visited in the last 30 days": all three.
  await expect(editor.liveCount()).toHaveText('3 customers match');
  const tag = await editor.addCondition('Tag');
  await tag.getByLabel('Tag').fill('vip');
  await expect(editor.liveCount()).toHaveText('2 customers match');
  await editor.save('Recent VIPs');

  const { download, text } = await list.exportCsv();
  expect(download.suggestedFilename()).toMatch(/^regulars-segment-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(rows[0]).toMatch(/^First name,Last name,E-mail,Phone,/);
  expect(rows.slice(1).map((row) => row.split(',').slice(0, 3).join(','))).toEqual([
    'Ann,Archer,ann@example.com',
    'Bob,Baker,bob@example.com',
  ]);
  // Saved: the list of segments shows it with its count.
  await page.getByRole('navigation').getByRole('link', { name: 'Segments', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Customers of Recent VIPs' })).toHaveText('2');
});
