import { expect, type Locator, type Page } from '@playwright/test';

/** Settings → Loyalty program: the form, its preview, and saving. */
export class LoyaltyProgramForm {
  readonly page: Page;
  readonly form: Locator;

  constructor(page: Page) {
    this.page = page;
    this.form = page.getByRole('form', { name: 'Loyalty program' });
  }

  textbox(name: string): Locator {
    return this.form.getByRole('textbox', { name, exact: true });
  }

  async addTier(index: number, name: string, threshold: string): Promise<void> {
    await this.form.getByRole('button', { name: 'Add a tier' }).click();
    await this.textbox(`Tier ${index} name`).fill(name);
    await this.textbox(`Tier ${index} needs (points)`).fill(threshold);
  }

  async addReward(index: number, name: string, cost: string): Promise<void> {
    await this.form.getByRole('button', { name: 'Add a reward' }).click();
    await this.textbox(`Reward ${index}`).fill(name);
    await this.textbox(`Reward ${index} cost (points)`).fill(cost);
  }

  /** Preview first; the Save button only exists for what was previewed. */
  async previewAndSave(expectedPreview: RegExp): Promise<void> {
    await this.form.getByRole('button', { name: 'Preview changes' }).click();
    await expect(this.page.getByRole('region', { name: 'Preview of the change' })).toContainText(
      expectedPreview,
    );
    await this.form.getByRole('button', { name: 'Save program' }).click();
    await expect(this.page.getByText(/Version 1, since/)).toBeVisible();
  }
}

/** The Loyalty section of a customer page. */
export class LoyaltySection {
  readonly page: Page;
  readonly section: Locator;
  readonly balance: Locator;

  constructor(page: Page) {
    this.page = page;
    this.section = page.getByRole('region', { name: 'Loyalty' });
    this.balance = this.section.getByLabel('Points balance');
  }

  /** Two clicks: Redeem, then Confirm. */
  async redeem(reward: string): Promise<void> {
    await this.section.getByRole('button', { name: `Redeem ${reward}` }).click();
    await this.section.getByRole('button', { name: `Confirm ${reward}` }).click();
  }

  headerBadge(tier: string): Locator {
    return this.page.getByTestId('loyalty-badge-slot').getByLabel(`Loyalty tier: ${tier}`);
  }
}
