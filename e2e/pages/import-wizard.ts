import { expect, type Locator, type Page } from '@playwright/test';

/** The import page: the wizard's steps, then the report and the history. */
export class ImportWizard {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async chooseFile(name: string, bytes: Buffer, kind = 'Customers (CSV)'): Promise<void> {
    await this.page.getByRole('radio', { name: kind }).check();
    await this.page
      .getByLabel('File', { exact: true })
      .setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
  }

  /** The sentence saying how the file was read: rows, encoding, delimiter. */
  readingSummary(): Locator {
    return this.page.getByRole('status').filter({ hasText: / rows, read as / });
  }

  async mapColumn(column: string, target: string): Promise<void> {
    await this.page
      .getByRole('combobox', { name: `Column “${column}” goes to` })
      .selectOption({ label: target });
  }

  async previewWithDayFirstDates(): Promise<Locator> {
    await this.page.getByRole('radio', { name: /Day first/ }).check();
    await this.page.getByRole('button', { name: 'Preview', exact: true }).click();
    const table = this.page.getByRole('table', { name: 'Preview of the first rows' });
    await expect(table).toBeVisible();
    return table;
  }

  async toSummary(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next: summary' }).click();
  }

  async importNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
  }

  result(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^(Imported|The import would)/ });
  }
}
