import { expect, type Locator, type Page } from '@playwright/test';

/** The Ctrl/Cmd+K spotlight: a search field and the matching customers as options. */
export class Spotlight {
  readonly page: Page;
  readonly dialog: Locator;
  readonly input: Locator;
  readonly options: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: 'Find a customer' });
    this.input = this.dialog.getByRole('combobox', { name: 'Find a customer' });
    this.options = this.dialog.getByRole('listbox').getByRole('option');
  }

  /** Opens it the counter's way, from wherever the focus is. */
  async openWithKeyboard(): Promise<void> {
    // "Ready" means the core answered; the shortcut exists once the signed-in frame has rendered
    // (after the sign-in status arrives), which its search button shows.
    await expect(this.page.getByRole('button', { name: 'Search (Ctrl+K)' })).toBeVisible();
    await this.page.keyboard.press('ControlOrMeta+K');
    await expect(this.input).toBeFocused();
  }

  option(name: string | RegExp): Locator {
    return this.options.filter({ hasText: name });
  }

  /** The highlighted match, the one Enter opens. */
  async expectActive(name: string | RegExp): Promise<void> {
    const active = this.option(name);
    await expect(active).toHaveAttribute('aria-selected', 'true');
    await expect(this.input).toHaveAttribute(
      'aria-activedescendant',
      (await active.getAttribute('id')) ?? '',
    );
  }
}
