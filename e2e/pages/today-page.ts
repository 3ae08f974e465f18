import { expect, type Locator, type Page } from '@playwright/test';

/** Today: one row per customer with its reasons, and the actions on each row. */
export class TodayPage {
  readonly page: Page;
  readonly list: Locator;

  constructor(page: Page) {
    this.page = page;
    this.list = page.getByRole('list', { name: 'Reminders' });
  }

  row(name: string): Locator {
    return this.list.getByRole('listitem', { name, exact: true });
  }

  async expectRow(name: string, reason: RegExp | string): Promise<void> {
    await expect(this.row(name)).toBeVisible();
    await expect(this.row(name)).toContainText(reason);
  }

  async markDone(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: 'Done', exact: true }).click();
  }

  async snoozeForAWeek(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: 'Snooze' }).click();
    await this.page.getByRole('menuitem', { name: 'For a week' }).click();
  }

  async expectGone(name: string): Promise<void> {
    await expect(this.page.getByRole('listitem', { name, exact: true })).toHaveCount(0);
  }
}
