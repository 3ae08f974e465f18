import { expect, type Locator, type Page } from '@playwright/test';

/** The "Possible duplicates" review: pairs, the merge dialog and the undo of a merge. */
export class DuplicatesPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** A pair card, named "<one> and <other>" in whichever order the core ranks them. */
  pair(first: string, second: string): Locator {
    return this.page
      .getByRole('article', { name: `${first} and ${second}` })
      .or(this.page.getByRole('article', { name: `${second} and ${first}` }));
  }

  async openMerge(first: string, second: string): Promise<Locator> {
    await this.pair(first, second).getByRole('button', { name: 'Merge…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Merge customers' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** In the merge dialog, keeps `value` for the field labelled `field` ("Email", "First name"). */
  async keepValue(dialog: Locator, field: string, value: string): Promise<void> {
    // Mantine's radios are styled inputs behind their labels: the label is what a user clicks.
    await dialog
      .getByRole('radiogroup', { name: field, exact: true })
      .getByText(value, { exact: true })
      .click();
    await expect(dialog.getByRole('radio', { name: value, exact: true })).toBeChecked();
  }
}
