import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Insights dashboard: a period picker, figure cards that open their customers, charts. */
export class InsightsPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Insights', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  }

  /** The card of a figure, named by its label ("New customers"). */
  figure(label: string): Locator {
    return this.page.getByRole('link', { name: new RegExp(`^${label}: `) });
  }

  /** The card of a loyalty tier ("Gold", or "No tier"). */
  tier(name: string): Locator {
    return this.page
      .getByRole('list', { name: 'Loyalty tiers' })
      .getByRole('link', { name: new RegExp(`^${name}: `) });
  }
}

/** A list of customers behind a number or a segment. */
export class CustomerList {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  names(table = 'Customers'): Locator {
    return this.page.getByRole('table', { name: table }).getByRole('link');
  }

  /** Clicks Export CSV and returns the file as the browser downloaded it. */
  async exportCsv(): Promise<{ download: Download; text: string }> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export CSV' }).click();
    const download = await downloading;
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    return { download, text: await readFile(path, 'utf8') };
  }
}

/** The segment editor: conditions, a live count, save. */
export class SegmentEditor {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Segments', exact: true }).click();
    await this.page.getByRole('link', { name: 'New segment' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'New segment' })).toBeVisible();
  }

  async addCondition(kind: string): Promise<Locator> {
    await this.page.getByLabel('Add a condition').selectOption({ label: kind });
    return this.page.getByRole('group', { name: new RegExp(`: ${kind}$`) }).last();
  }

  liveCount(): Locator {
    return this.page.getByRole('status').filter({ hasText: /match/ });
  }

  async save(name: string): Promise<void> {
    await this.page.getByLabel('Name').fill(name);
    await this.page.getByRole('button', { name: 'Save segment' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
}
