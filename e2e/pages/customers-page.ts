import { expect, type Locator, type Page } from '@playwright/test';

/** The customer list: search box, results and the way to add a customer. */
export class CustomersPage {
  readonly page: Page;
  readonly search: Locator;
  readonly results: Locator;

  constructor(page: Page) {
    this.page = page;
    this.search = page.getByLabel('Search customers');
    this.results = page.getByRole('list', { name: 'Customers' });
  }

  async startNewCustomer(): Promise<void> {
    // A button to the eye; a link underneath, because it navigates.
    await this.page
      .getByRole('link', { name: 'New customer' })
      .or(this.page.getByRole('button', { name: 'New customer' }))
      .click();
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  result(name: string | RegExp): Locator {
    return this.results.getByRole('link', { name });
  }

  async selectAllMatching(count: number): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Select all ${count} matching` }).check();
    await expect(this.bulkActions().getByText(`${count} selected`)).toBeVisible();
  }

  bulkActions(): Locator {
    return this.page.getByRole('region', { name: 'Bulk actions' });
  }

  async addTagToSelected(tag: string): Promise<void> {
    await this.bulkActions().getByRole('button', { name: 'Add tag' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Tag' }).fill(tag);
    await dialog.getByRole('button', { name: 'Add tag' }).click();
    await expect(dialog).toHaveCount(0);
  }

  async filterByTag(tag: string): Promise<void> {
    const toggle = this.page.getByRole('button', { name: 'Filters' });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const tags = this.page.getByRole('region', { name: 'Filters' }).getByRole('combobox', { name: 'Tags' });
    await tags.fill(tag);
    await tags.press('Enter');
  }

  async expectOnlyResult(name: string | RegExp): Promise<void> {
    await expect(this.result(name)).toBeVisible();
    await expect(this.results.getByRole('link')).toHaveCount(1);
  }
}
