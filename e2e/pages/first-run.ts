import { type Locator, type Page } from '@playwright/test';

export type StartChoice = 'Explore a demo café' | 'Import my customers' | 'Start empty';

/** The first-run wizard: the shop, its owner, and how to start. */
export class FirstRun {
  readonly page: Page;
  readonly form: Locator;

  constructor(page: Page) {
    this.page = page;
    this.form = page.getByRole('form', { name: 'Set up Regulars' });
  }

  async next(): Promise<void> {
    await this.form.getByRole('button', { name: 'Next' }).click();
  }

  async nameShop(name: string, country?: string): Promise<void> {
    await this.form.getByRole('textbox', { name: 'Shop name' }).fill(name);
    if (country) await this.form.getByRole('combobox', { name: 'Country' }).selectOption(country);
    await this.next();
  }

  async becomeOwner(name: string, pin: string): Promise<void> {
    await this.form.getByRole('textbox', { name: 'Your name' }).fill(name);
    await this.form.getByLabel('Your PIN or password', { exact: true }).fill(pin);
    await this.form.getByLabel('The same again', { exact: true }).fill(pin);
    await this.next();
  }

  async start(choice: StartChoice): Promise<void> {
    await this.form.getByRole('radio', { name: choice }).check();
    await this.form.getByRole('button', { name: 'Start using Regulars' }).click();
  }
}
