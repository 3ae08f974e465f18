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

  async expectOnlyResult(name: string | RegExp): Promise<void> {
    await expect(this.result(name)).toBeVisible();
    await expect(this.results.getByRole('link')).toHaveCount(1);
  }
}
