import type { AppServer } from './app-server.ts';
import { expect, test } from './fixtures.ts';
import { AppShell } from './pages/app-shell.ts';
import { BackupsSection } from './pages/backups-section.ts';

async function api<T>(server: AppServer, channel: string, input: unknown): Promise<T> {
  const result = (await server.invoke(channel, input)) as
    { ok: true; data: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data;
}

const names = async (server: AppServer) =>
  (await api<{ items: { firstName: string }[] }>(server, 'customers:list', { limit: 50 })).items
    .map((customer) => customer.firstName)
    .sort();

test('a backup taken from Settings is restored in two clicks, and the restore can be undone', async ({
  page,
  appUrl,
  appServer,
}) => {
  await api(appServer, 'customers:create', { firstName: 'Ann', lastName: 'Archer' });
  const app = new AppShell(page);
  const backups = new BackupsSection(page);
  await app.open(appUrl);
  await app.goTo('Settings');

  await backups.backUpNow();
  const byHand = backups.rows('Taken by hand');
  await expect(byHand).toHaveCount(1);
  await expect(byHand).toContainText('1 customer');

  await api(appServer, 'customers:create', { firstName: 'Bob', lastName: 'Baker' });
  await backups.restore(byHand);
  expect(await names(appServer)).toEqual(['Ann']);
  // The page shows the restored data without a reload.
  await app.goTo('Customers');
  await expect(page.getByRole('link', { name: 'Ann Archer' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bob Baker' })).toHaveCount(0);

  // Undo: the data as it was before the restore is the newest backup.
  await app.goTo('Settings');
  const kept = backups.rows('Kept before a restore');
  await expect(kept).toContainText('2 customers');
  await backups.restore(kept);
  expect(await names(appServer)).toEqual(['Ann', 'Bob']);
});
