import type { Command } from 'commander';
import { fullName } from '../../../shared/domain/customer.ts';
import { customerProfile, customerTable } from '../format.ts';
import { parsePage, parseWholeNumber, type PageOptions } from '../options.ts';
import { invocationOf, type CliContext } from '../run-context.ts';
import { request, withCore } from '../session.ts';
import {
  asInput,
  givenFields,
  requireSomeField,
  withCustomerFieldOptions,
  type CustomerFieldOptions,
} from './customer-fields.ts';
import {
  customFieldValues,
  FIELD_OPTION_HELP,
  parseFieldOptions,
  requestWithFields,
} from './custom-field-option.ts';
import { registerDuplicateCommands } from './duplicates.ts';
import { registerTrashCommands } from './trash.ts';

interface FieldOption {
  field?: string[];
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function registerCustomerCommands(program: Command, context: CliContext): void {
  const customers = program.command('customers').description('add, find, show and edit customers');

  withCustomerFieldOptions(
    customers
      .command('add')
      .description('add a customer (--first-name is required)')
      .addHelpText(
        'after',
        '\nExample:\n  regulars customers add --first-name José --last-name Núñez --tag vip',
      ),
  )
    .option('--field <name=value>', FIELD_OPTION_HELP, collect)
    .action((options: CustomerFieldOptions & FieldOption, command: Command) => {
      const fields = givenFields(options);
      const typedFields = parseFieldOptions(options.field);
      const { path, json, out } = invocationOf(command, context);
      // A missing first name is refused by the contract just like an empty one: "--first-name: is required".
      const customer = withCore(path, context.io, json, (core) => {
        const customFields =
          typedFields.length === 0
            ? {}
            : customFieldValues(request(core, 'customFields:list', { includeArchived: true }), typedFields);
        return requestWithFields(core, 'customers:create', {
          ...fields,
          firstName: fields.firstName ?? '',
          customFields,
        });
      });
      out.result(customer, () => `Added ${fullName(customer)} (id ${customer.id}).`);
    });

  customers
    .command('list')
    .description('list customers by last name, a page at a time')
    .option('--limit <n>', 'how many to show, 1-500', '50')
    .option('--offset <n>', 'how many to skip first', '0')
    .action((options: PageOptions, command: Command) => {
      const { limit, offset } = parsePage(options);
      const { path, json, out } = invocationOf(command, context);
      const page = withCore(path, context.io, json, (core) =>
        request(core, 'customers:list', { limit, offset }),
      );
      out.result(page, () => {
        if (page.items.length === 0) {
          return page.total === 0
            ? 'No customers yet.'
            : `No customers past ${offset} (${page.total} in all).`;
        }
        const range = `${offset + 1}-${offset + page.items.length} of ${page.total}`;
        return `${customerTable(page.items)}\n\nShowing ${range}.`;
      });
    });

  customers
    .command('search')
    .description('find customers by any part of a name, e-mail, code or notes, or by phone digits')
    .argument('<query>', 'text to look for, e.g. "nun" or the last 4 digits of a phone number')
    .option('--limit <n>', 'at most this many results, 1-100', '20')
    .action((query: string, options: PageOptions, command: Command) => {
      const limit = parseWholeNumber('--limit', 'limit', options.limit ?? '20', { min: 1, max: 100 });
      const { path, json, out } = invocationOf(command, context);
      const found = withCore(path, context.io, json, (core) =>
        request(core, 'customers:search', { query, limit }),
      );
      out.result(found, () => (found.length === 0 ? `No customers match "${query}".` : customerTable(found)));
    });

  customers
    .command('show')
    .description("show a customer's profile and timeline")
    .argument('<id>', 'customer id (see "customers list" or "customers search")')
    .action((id: string, _options: unknown, command: Command) => {
      const { path, json, out } = invocationOf(command, context);
      const profile = withCore(path, context.io, json, (core) => request(core, 'customers:get', { id }));
      out.result(profile, () => customerProfile(profile.customer, profile.interactions));
    });

  withCustomerFieldOptions(
    customers
      .command('edit')
      .description('change some fields of a customer; the others stay as they are')
      .argument('<id>', 'customer id')
      .addHelpText('after', '\nAn empty value clears a field, e.g. --email ""'),
  )
    .option('--field <name=value>', FIELD_OPTION_HELP, collect)
    .action((id: string, options: CustomerFieldOptions & FieldOption, command: Command) => {
      const changes = givenFields(options);
      const typedFields = parseFieldOptions(options.field);
      if (typedFields.length === 0) requireSomeField(changes);
      const { path, json, out } = invocationOf(command, context);
      const customer = withCore(path, context.io, json, (core) => {
        const current = request(core, 'customers:get', { id }).customer;
        const customFields = customFieldValues(
          typedFields.length === 0 ? [] : request(core, 'customFields:list', { includeArchived: true }),
          typedFields,
        );
        // Custom fields left out keep their values: the core only changes the ones given.
        return requestWithFields(core, 'customers:update', {
          id,
          fields: { ...asInput(current), ...changes, customFields },
        });
      });
      out.result(customer, () => `Updated ${fullName(customer)} (id ${customer.id}).`);
    });

  registerTrashCommands(customers, context);
  registerDuplicateCommands(customers, context);
}
