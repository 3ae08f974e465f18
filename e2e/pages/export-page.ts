import type { Download, Page } from '@playwright/test';

/** The export page: who, which list, which format, then the file the browser downloads. */
export class ExportPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async chooseFormat(label: RegExp): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }

  async exportAndDownload(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export', exact: true }).click();
    return download;
  }
}
