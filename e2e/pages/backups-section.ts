import { expect, type Locator, type Page } from '@playwright/test';

/** Settings → Backups: the list, "Back up now" and the two clicks of a restore. */
export class BackupsSection {
  readonly page: Page;
  readonly section: Locator;
  readonly table: Locator;
  readonly outcome: Locator;

  constructor(page: Page) {
    this.page = page;
    this.section = page.getByRole('region', { name: 'Backups' });
    this.table = this.section.getByRole('table', { name: 'Backups' });
    this.outcome = this.section.getByLabel('Last backup or restore');
  }

  rows(kind: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: kind, exact: true }) });
  }

  /** The job runs in the background; it is over when the section reports a new outcome. */
  private async nextOutcome(start: () => Promise<void>, expected: string): Promise<void> {
    const before = (await this.outcome.count()) > 0 ? await this.outcome.textContent() : null;
    await start();
    if (before !== null) await expect(this.outcome).not.toHaveText(before);
    await expect(this.outcome).toContainText(expected);
  }

  async backUpNow(): Promise<void> {
    await this.nextOutcome(
      () => this.section.getByRole('button', { name: 'Back up now' }).click(),
      'Backed up and verified',
    );
  }

  /** Restore on a row, then the confirmation: the two clicks. */
  async restore(row: Locator): Promise<void> {
    await this.nextOutcome(async () => {
      await row.getByRole('button', { name: /^Restore the backup of / }).click();
      await this.page.getByRole('dialog').getByRole('button', { name: 'Restore this backup' }).click();
    }, 'so this can be undone');
  }
}
