import { expect, test } from './fixtures.ts';
import { AppShell } from './pages/app-shell.ts';
import { FirstRun } from './pages/first-run.ts';
import { Session } from './pages/session.ts';

test.describe('first run', () => {
  test.use({ ownerSignedIn: false });

  test('names the shop, picks the demo café and lands on Today with reminders and suggestions', async ({
    page,
    appUrl,
    appServer,
  }) => {
    await new AppShell(page).open(appUrl);
    const firstRun = new FirstRun(page);
    await firstRun.nameShop('Caffè Nero', 'IT');
    await firstRun.becomeOwner('Olive Owner', '2468');
    await firstRun.start('Explore a demo café');

    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible({ timeout: 30_000 });
    await new Session(page).expectSignedIn('Olive Owner');
    // The banner follows the refetch of every query the demo changed: on a busy machine, seconds.
    await expect(page.getByText('The customers here are made up.', { exact: false })).toBeVisible({
      timeout: 20_000,
    });
    // Generated two years of history: regulars drift, birthdays come, complaints wait for an answer.
    await expect(page.getByRole('list', { name: 'Reminders' }).getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('list', { name: 'Follow-ups' }).getByRole('listitem').first()).toBeVisible({
      timeout: 20_000,
    });
    expect(await appServer.invoke('settings:get', {})).toEqual({
      ok: true,
      data: { shopName: 'Caffè Nero', defaultCountry: 'IT', currency: 'EUR' },
    });
  });
});

test('switches theme and language at once, and both stay after a reload', async ({ page, appUrl }) => {
  const app = new AppShell(page);
  await app.open(appUrl);
  const html = page.locator('html');
  await page.getByText('Dark', { exact: true }).click();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('it');
  await expect(html).toHaveAttribute('lang', 'it');
  await expect(page.getByRole('heading', { level: 1, name: 'Oggi' })).toBeVisible();
  await expect(
    page.getByRole('navigation').getByRole('link', { name: 'Clienti', exact: true }),
  ).toBeVisible();

  await app.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Oggi' })).toBeVisible();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.getByText('Chiaro', { exact: true }).click();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
  await page.getByRole('combobox', { name: 'Lingua' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});
