import type { Locator, Page } from '@playwright/test';

/** The trash: deleted customers with Restore and Delete forever. */
export class TrashPage {
  readonly page: Page;
  readonly table: Locator;

  constructor(page: Page) {
    this.page = page;
    this.table = page.getByRole('table', { name: 'Deleted customers' });
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  async restore(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: 'Restore' }).click();
  }
}
