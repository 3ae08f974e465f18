import { expect, type Locator, type Page } from '@playwright/test';

export interface InteractionFields {
  /** The kind as the form shows it or as the contract names it: "Visit" or "visit". */
  kind: string;
  amount?: string;
  note?: string;
}

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** One customer's page: the name as its heading, the quick-log form and the timeline by day. */
export class CustomerPage {
  readonly page: Page;
  readonly logForm: Locator;
  readonly amount: Locator;
  readonly timeline: Locator;

  constructor(page: Page) {
    this.page = page;
    this.logForm = page.getByRole('form', { name: 'Log an interaction' });
    this.amount = this.logForm.getByRole('textbox', { name: 'Amount', exact: true });
    this.timeline = page.getByRole('region', { name: 'Timeline' });
  }

  async expectCustomer(fullName: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: fullName })).toBeVisible();
  }

  /** The kinds are a segmented control: its radios are hidden behind their labels, so click those. */
  async chooseKind(kind: string): Promise<void> {
    const label = kind === 'follow_up' ? 'Follow-up' : capitalized(kind);
    await this.logForm.getByRole('radiogroup', { name: 'Kind' }).getByText(label, { exact: true }).click();
    await expect(this.logForm.getByRole('radio', { name: label })).toBeChecked();
  }

  async logInteraction({ kind, amount, note }: InteractionFields): Promise<void> {
    await this.chooseKind(kind);
    if (amount !== undefined) await this.amount.fill(amount);
    if (note !== undefined) await this.logForm.getByRole('textbox', { name: 'Note', exact: true }).fill(note);
    await this.logForm.getByRole('button', { name: 'Log interaction' }).click();
  }

  /** Entries of every day: each day is a list of its own under the timeline. */
  timelineEntry(text: string | RegExp): Locator {
    return this.timeline.getByRole('listitem').filter({ hasText: text });
  }

  /** The newest entry, at the top of the newest day. */
  newestEntry(): Locator {
    return this.timeline.getByRole('listitem').first();
  }
}
