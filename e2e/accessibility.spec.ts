import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { AppServer } from './app-server.ts';
import { AppShell } from './pages/app-shell.ts';

// axe-core on every main screen, in light and dark: no serious or critical violation. A screen is
// checked once it shows its heading, with data in it, so empty states are not all that is seen.

interface Answer {
  ok: boolean;
  data?: { id: string };
}

async function seed(server: AppServer): Promise<string> {
  const created = (await server.invoke('customers:create', {
    firstName: 'Ann',
    lastName: 'Archer',
    phone: '555 0100',
    email: 'ann@example.com',
    tags: ['vip'],
    consents: [{ channel: 'email', granted: true, source: 'counter form' }],
  })) as Answer;
  if (!created.ok || !created.data) throw new Error('customer not created');
  for (const daysAgo of [30, 20, 10]) {
    await server.invoke('interactions:log', {
      customerId: created.data.id,
      kind: 'purchase',
      amountMinor: 1250,
      occurredAt: Date.now() - daysAgo * 86_400_000,
    });
  }
  return created.data.id;
}

const SCREENS = (customerId: string) => [
  { route: '/', heading: 'Today' },
  { route: '/customers', heading: 'Customers' },
  { route: `/customers/${customerId}`, heading: 'Ann Archer' },
  { route: `/customers/${customerId}/edit`, heading: /Edit/ },
  { route: '/customers/new', heading: /New customer/ },
  { route: '/insights', heading: 'Insights' },
  { route: '/segments', heading: 'Segments' },
  { route: '/duplicates', heading: 'Possible duplicates' },
  { route: '/trash', heading: 'Trash' },
  { route: '/import', heading: /Import/ },
  { route: '/export', heading: /Export/ },
  { route: '/audit', heading: /Audit/ },
  { route: '/settings', heading: 'Settings' },
  { route: '/help', heading: /Help/ },
];

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => `${node.target.join(' ')} ${node.html.slice(0, 160)} ${node.failureSummary ?? ''}`)
          .join(', ')}`,
    );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every main screen passes axe-core in the ${scheme} scheme`, async ({ page, appUrl, appServer }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const customerId = await seed(appServer);
    const app = new AppShell(page);
    await app.open(appUrl);
    const found: string[] = [];
    for (const screen of SCREENS(customerId)) {
      await page.goto(`${appServer.origin}/#${screen.route}`);
      await app.expectReady();
      await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
      // Let queries settle, so what axe sees is the screen as a person sees it.
      await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
      for (const violation of await seriousViolations(page)) found.push(`${screen.route}: ${violation}`);
    }
    expect(found).toEqual([]);
  });
}

test.describe('before anyone signs in', () => {
  test.use({ ownerSignedIn: false });

  test('the first-run screen passes axe-core', async ({ page, appUrl }) => {
    const app = new AppShell(page);
    await app.open(appUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Regulars' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
