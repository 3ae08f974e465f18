import { expect, type Locator, type Page } from '@playwright/test';

/** Who is signed in: the menu in the top bar, and the lock screen when nobody is. */
export class Session {
  readonly page: Page;
  readonly lockScreen: Locator;
  readonly pin: Locator;

  constructor(page: Page) {
    this.page = page;
    this.lockScreen = page.getByRole('heading', { level: 1, name: 'Regulars is locked' });
    this.pin = page.getByLabel('PIN or password', { exact: true });
  }

  menuButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Signed in: ${name}` });
  }

  async expectSignedIn(name: string): Promise<void> {
    await expect(this.menuButton(name)).toBeVisible();
  }

  /** Switch staff from the top bar: choose the person, their PIN, Enter. */
  async switchTo(current: string, name: string, pin: string): Promise<void> {
    await this.menuButton(current).click();
    await this.page.getByRole('menuitem', { name: 'Switch staff…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Switch staff' });
    await dialog.getByRole('radio', { name }).check();
    await dialog.getByLabel('PIN or password', { exact: true }).fill(pin);
    await dialog.getByLabel('PIN or password', { exact: true }).press('Enter');
    await this.expectSignedIn(name);
  }

  async lock(current: string): Promise<void> {
    await this.menuButton(current).click();
    await this.page.getByRole('menuitem', { name: 'Lock' }).click();
    await expect(this.lockScreen).toBeVisible();
  }

  /** On the lock screen: the PIN typed on the keyboard, then Enter. */
  async signIn(name: string, pin: string): Promise<void> {
    await this.page.getByRole('radio', { name }).check();
    await this.pin.fill(pin);
    await this.pin.press('Enter');
  }
}
