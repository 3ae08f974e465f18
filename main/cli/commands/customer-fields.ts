import type { Command } from 'commander';
import type { Customer, CustomerInput } from '../../../shared/domain/customer.ts';
import { invalidInput } from '../cli-error.ts';

/** The options `customers add` and `customers edit` share; commander camel-cases the names. */
export interface CustomerFieldOptions {
  firstName?: string;
  lastName?: string;
  phone?: string;
  email?: string;
  birthday?: string;
  tag?: string[];
  code?: string;
  address?: string;
  notes?: string;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function withCustomerFieldOptions(command: Command): Command {
  return command
    .option('--first-name <name>', 'first name')
    .option('--last-name <name>', 'last name')
    .option('--phone <phone>', 'phone number, as the customer gives it')
    .option('--email <email>', 'e-mail address')
    .option('--birthday <date>', 'YYYY-MM-DD, or --MM-DD when the year is unknown')
    .option('--tag <tag>', 'a tag; repeat for several (on edit, replaces all tags)', collect)
    .option('--code <code>', 'loyalty card or customer code (unique)')
    .option('--address <address>', 'postal address')
    .option('--notes <text>', 'free-form notes');
}

/** Only the fields that were typed, so an edit leaves everything else as it was. */
export function givenFields(options: CustomerFieldOptions): Partial<CustomerInput> {
  const fields: Partial<CustomerInput> = {};
  if (options.firstName !== undefined) fields.firstName = options.firstName;
  if (options.lastName !== undefined) fields.lastName = options.lastName;
  if (options.phone !== undefined) fields.phone = options.phone;
  if (options.email !== undefined) fields.email = options.email;
  if (options.birthday !== undefined) fields.birthday = options.birthday;
  if (options.tag !== undefined) fields.tags = options.tag;
  if (options.code !== undefined) fields.code = options.code;
  if (options.address !== undefined) fields.address = options.address;
  if (options.notes !== undefined) fields.notes = options.notes;
  return fields;
}

export function requireSomeField(fields: Partial<CustomerInput>): void {
  if (Object.keys(fields).length === 0) {
    throw invalidInput(
      'Nothing to change: give at least one of --first-name, --last-name, --phone, --email, ' +
        '--birthday, --tag, --code, --address, --notes.',
    );
  }
}

/** The stored customer as input again, so an update can change some fields and keep the rest. */
export function asInput(customer: Customer): CustomerInput {
  return {
    firstName: customer.firstName,
    lastName: customer.lastName,
    phone: customer.phone,
    email: customer.email,
    birthday: customer.birthday,
    address: customer.address,
    notes: customer.notes,
    tags: customer.tags,
    code: customer.code,
  };
}
