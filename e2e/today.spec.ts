import { expect, test } from './fixtures.ts';
import { AppShell } from './pages/app-shell.ts';
import { TodayPage } from './pages/today-page.ts';

const DAY = 86_400_000;

interface Created {
  ok: boolean;
  data: { id: string };
}

/** A customer who came every week, the last time exactly a week ago: due back today. */
async function weeklyCustomer(
  invoke: (channel: string, input: unknown) => Promise<unknown>,
  firstName: string,
) {
  const created = (await invoke('customers:create', { firstName, lastName: 'Regular' })) as Created;
  expect(created.ok).toBe(true);
  const now = Date.now();
  for (const weeksAgo of [3, 2, 1]) {
    const logged = (await invoke('interactions:log', {
      customerId: created.data.id,
      kind: 'visit',
      occurredAt: now - weeksAgo * 7 * DAY,
    })) as { ok: boolean };
    expect(logged.ok).toBe(true);
  }
  return created.data.id;
}

test('Today lists a customer who is due back with the reason; snooze and done take them off', async ({
  page,
  appUrl,
  appServer,
}) => {
  const invoke = (channel: string, input: unknown) => appServer.invoke(channel, input);
  await weeklyCustomer(invoke, 'Dana');
  await weeklyCustomer(invoke, 'Sam');
  const app = new AppShell(page);
  const today = new TodayPage(page);

  await app.open(appUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await today.expectRow('Dana Regular', /Due back: usually every 7 days, last visit 7 days ago/);
  await today.expectRow('Sam Regular', /Due back: usually every 7 days/);
  await expect(
    page.getByRole('group', { name: 'Show only' }).getByRole('button', { name: 'Due back 2' }),
  ).toBeVisible();

  await today.snoozeForAWeek('Sam Regular');
  await today.expectGone('Sam Regular');
  await today.markDone('Dana Regular');
  await today.expectGone('Dana Regular');
  await expect(page.getByText('Nobody to think of today (1 snoozed).')).toBeVisible();

  // Asked of the server itself: nothing left for today, and it stays that way after a reload.
  expect(await invoke('reminders:today', {})).toMatchObject({ ok: true, data: { total: 0, snoozed: 1 } });
  await app.reload();
  await expect(page.getByText('Nobody to think of today (1 snoozed).')).toBeVisible();
});
