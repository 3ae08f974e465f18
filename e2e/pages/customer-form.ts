import { expect, type Locator, type Page } from '@playwright/test';

export interface CustomerFields {
  firstName: string;
  lastName?: string;
  phone?: string;
  email?: string;
}

/** The new/edit customer form, addressed by its visible labels as a user would. */
export class CustomerForm {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  field(label: 'First name' | 'Last name' | 'Phone' | 'Email'): Locator {
    // By accessible name, not label text: a required field's label also shows an asterisk.
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  async fill(fields: CustomerFields): Promise<void> {
    await this.field('First name').fill(fields.firstName);
    if (fields.lastName !== undefined) await this.field('Last name').fill(fields.lastName);
    if (fields.phone !== undefined) await this.field('Phone').fill(fields.phone);
    if (fields.email !== undefined) await this.field('Email').fill(fields.email);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save customer' }).click();
  }

  /** An inline error: the field is marked invalid and its message is shown with it. */
  async expectFieldError(label: 'First name' | 'Email', message: RegExp): Promise<void> {
    const field = this.field(label);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(message);
  }
}
