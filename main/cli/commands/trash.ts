import type { Command } from 'commander';
import { fullName } from '../../../shared/domain/customer.ts';
import { invalidInput } from '../cli-error.ts';
import { formatWhen, table } from '../format.ts';
import { parsePage, parseWholeNumber, type PageOptions } from '../options.ts';
import { invocationOf, type CliContext } from '../run-context.ts';
import { request, withCore } from '../session.ts';

const plural = (n: number) => (n === 1 ? '1 customer' : `${n} customers`);

interface PurgeOptions {
  olderThan?: string;
}

/** `customers delete`, `restore`, `trash` and `purge`: the trash from the shell. */
export function registerTrashCommands(customers: Command, context: CliContext): void {
  customers
    .command('delete')
    .description('move customers, with their history, to the trash (restore any time; erased after 30 days)')
    .argument('<id...>', 'customer ids')
    .action((ids: string[], _options: unknown, command: Command) => {
      const { path, json, out } = invocationOf(command, context);
      const result = withCore(path, context.io, json, (core) => request(core, 'customers:delete', { ids }));
      out.result(
        result,
        () =>
          `Moved ${plural(result.deletedIds.length)} to the trash. ` +
          `Bring them back with: regulars customers restore ${result.deletedIds.join(' ')}`,
      );
    });

  customers
    .command('restore')
    .description('bring customers back from the trash, exactly as they were')
    .argument('<id...>', 'ids of customers in the trash (see "customers trash")')
    .action((ids: string[], _options: unknown, command: Command) => {
      const { path, json, out } = invocationOf(command, context);
      const result = withCore(path, context.io, json, (core) => request(core, 'customers:restore', { ids }));
      out.result(result, () => `Restored ${plural(result.restoredIds.length)}.`);
    });

  customers
    .command('trash')
    .description('list the customers in the trash, most recently deleted first')
    .option('--limit <n>', 'how many to show, 1-500', '50')
    .option('--offset <n>', 'how many to skip first', '0')
    .action((options: PageOptions, command: Command) => {
      const { limit, offset } = parsePage(options);
      const { path, json, out } = invocationOf(command, context);
      const page = withCore(path, context.io, json, (core) =>
        request(core, 'customers:trash', { limit, offset }),
      );
      out.result(page, () => {
        if (page.total === 0) return 'The trash is empty.';
        const rows = page.items.map((c) => [c.id, fullName(c), c.phone, c.email, formatWhen(c.deletedAt)]);
        return `${table(['ID', 'NAME', 'PHONE', 'EMAIL', 'DELETED'], rows)}\n\n${page.items.length} of ${page.total} in the trash.`;
      });
    });

  customers
    .command('purge')
    .description('erase customers in the trash for good: nothing of them stays in the database')
    .argument('[id...]', 'ids of customers in the trash')
    .option('--older-than <days>', 'instead of ids: every customer trashed at least this many days ago')
    .addHelpText(
      'after',
      '\nExamples:\n  regulars customers purge ID1 ID2\n  regulars customers purge --older-than 30',
    )
    .action((ids: string[], options: PurgeOptions, command: Command) => {
      if (ids.length > 0 && options.olderThan !== undefined) {
        throw invalidInput('Give either customer ids or --older-than DAYS, not both.');
      }
      if (ids.length === 0 && options.olderThan === undefined) {
        throw invalidInput('Say what to purge: the ids of customers in the trash, or --older-than DAYS.');
      }
      const input =
        options.olderThan === undefined
          ? { ids }
          : {
              olderThanDays: parseWholeNumber('--older-than', 'olderThanDays', options.olderThan, {
                min: 0,
                max: 3650,
              }),
            };
      const { path, json, out } = invocationOf(command, context);
      const result = withCore(path, context.io, json, (core) => request(core, 'customers:purge', input));
      out.result(result, () =>
        result.purged === 0 ? 'Nothing to purge.' : `Erased ${plural(result.purged)} for good.`,
      );
    });
}
