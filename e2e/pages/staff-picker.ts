import { expect, type Locator, type Page } from '@playwright/test';

/** "Staff at the counter" in the top bar: whoever is chosen is stamped on what is logged. */
export class StaffPicker {
  readonly page: Page;
  readonly input: Locator;

  constructor(page: Page) {
    this.page = page;
    this.input = page.getByRole('combobox', { name: 'Staff at the counter' });
  }

  async choose(displayName: string): Promise<void> {
    await this.input.click();
    await this.page.getByRole('option', { name: displayName }).click();
    await expect(this.input).toHaveValue(displayName);
  }
}
