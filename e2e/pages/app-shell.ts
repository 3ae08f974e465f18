import { expect, type Locator, type Page } from '@playwright/test';

export type Section = 'Today' | 'Customers' | 'Duplicates' | 'Trash' | 'Settings' | 'Import' | 'Export';

/** A section's page heading, where it says more than the navigation link. */
const HEADINGS: Partial<Record<Section, string>> = { Duplicates: 'Possible duplicates' };

/** The frame around every page: loading, the ready signal and the main navigation. */
export class AppShell {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.expectReady();
  }

  /** The renderer sets this once the core has answered: no guessing with timeouts. */
  async expectReady(): Promise<void> {
    await expect(this.page.locator('html[data-app-state="ready"]')).toBeAttached();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.expectReady();
  }

  navLink(section: Section): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name: section, exact: true });
  }

  async goTo(section: Section): Promise<void> {
    await this.navLink(section).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: HEADINGS[section] ?? section }),
    ).toBeVisible();
  }
}
