import { expect, type Locator, type Page } from '@playwright/test';

export interface InteractionFields {
  kind: string;
  amount?: string;
  note?: string;
}

/** One customer's page: the name as its heading, the log form and the timeline. */
export class CustomerPage {
  readonly page: Page;
  readonly timeline: Locator;

  constructor(page: Page) {
    this.page = page;
    this.timeline = page.getByRole('list', { name: 'Timeline' });
  }

  async expectCustomer(fullName: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: fullName })).toBeVisible();
  }

  async logInteraction({ kind, amount, note }: InteractionFields): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Kind', exact: true }).selectOption(kind);
    if (amount !== undefined)
      await this.page.getByRole('textbox', { name: 'Amount', exact: true }).fill(amount);
    if (note !== undefined) await this.page.getByRole('textbox', { name: 'Note', exact: true }).fill(note);
    await this.page.getByRole('button', { name: 'Log interaction' }).click();
  }

  timelineEntry(text: string | RegExp): Locator {
    return this.timeline.getByRole('listitem').filter({ hasText: text });
  }
}
