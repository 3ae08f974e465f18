import type { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { PRESET_IDS } from '../../../shared/domain/import-presets.ts';
import {
  DATE_ORDERS,
  DELIMITER_CHOICES,
  DUPLICATE_POLICIES,
  ENCODING_CHOICES,
  type ImportKind,
} from '../../../shared/domain/import-targets.ts';
import type { ImportOptionsInput } from '../../../shared/domain/imports.ts';
import { AppError } from '../../core/errors.ts';
import { readTable } from '../../core/import/read-table.ts';
import { runImportNow } from '../../core/services/imports.ts';
import { CliError, invalidInput } from '../cli-error.ts';
import { formatWhen, table } from '../format.ts';
import { parseChoice, parseWholeNumber } from '../options.ts';
import { invocationOf, type CliContext } from '../run-context.ts';
import { request, withCore } from '../session.ts';
import { mappingFor, parseMapOptions } from './import-map.ts';
import { importSummary } from './import-output.ts';

interface ImportCommandOptions {
  preset?: string;
  map?: string[];
  encoding?: string;
  delimiter?: string;
  onDuplicate?: string;
  dateOrder?: string;
  tagSeparator?: string;
  createMissing?: boolean;
  earnPoints?: boolean;
  dryRun?: boolean;
  rejects?: string;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** Core fields as the options that set them, so "dateOrder: …" reads "--date-order: …". */
const OPTION_OF: Readonly<Record<string, string>> = {
  dateOrder: '--date-order',
  encoding: '--encoding',
  mapping: '--map',
  file: 'FILE',
  tagSeparator: '--tag-separator',
};

export function fromImportError(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const field = error.field?.split('.')[0];
  const label = field === undefined ? undefined : OPTION_OF[field];
  const message =
    label && error.field && error.message.startsWith(`${error.field}: `)
      ? `${label}: ${error.message.slice(error.field.length + 2)}`
      : error.message;
  return new CliError(error.code, message, error.field);
}

function readInput(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    const reason =
      error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'no such file' : String(error);
    throw invalidInput(`FILE: cannot read ${file}: ${reason}`, 'file');
  }
}

/** Checks every option before the database is opened, so bad input cannot change anything. */
function optionsOf(kind: ImportKind, options: ImportCommandOptions): ImportOptionsInput {
  const input: ImportOptionsInput = {
    kind,
    dryRun: options.dryRun === true,
    createMissing: options.createMissing === true,
    earnPoints: options.earnPoints === true,
  };
  if (options.preset !== undefined)
    input.preset = parseChoice('--preset', 'preset', options.preset, PRESET_IDS);
  if (options.encoding !== undefined)
    input.encoding = parseChoice('--encoding', 'encoding', options.encoding, ENCODING_CHOICES);
  if (options.delimiter !== undefined)
    input.delimiter = parseChoice('--delimiter', 'delimiter', options.delimiter, DELIMITER_CHOICES);
  if (options.onDuplicate !== undefined)
    input.onDuplicate = parseChoice('--on-duplicate', 'onDuplicate', options.onDuplicate, DUPLICATE_POLICIES);
  if (options.dateOrder !== undefined)
    input.dateOrder = parseChoice('--date-order', 'dateOrder', options.dateOrder, DATE_ORDERS);
  if (options.tagSeparator !== undefined) {
    if (options.tagSeparator === '' || options.tagSeparator.length > 5)
      throw invalidInput('--tag-separator: must be 1 to 5 characters', 'tagSeparator');
    input.tagSeparator = options.tagSeparator;
  }
  return input;
}

function runImport(
  kind: ImportKind,
  file: string,
  options: ImportCommandOptions,
  command: Command,
  context: CliContext,
): void {
  const input = optionsOf(kind, options);
  const pairs = parseMapOptions(options.map);
  const bytes = readInput(file);
  const { path, json, out } = invocationOf(command, context);
  const run = withCore(path, context.io, json, (core) => {
    try {
      if (pairs.length > 0 && kind !== 'vcard') {
        const fields = request(core, 'customFields:list', { includeArchived: true });
        const { headers } = readTable(bytes, input.encoding ?? 'auto', input.delimiter ?? 'auto');
        input.mapping = mappingFor(headers, kind, input.preset, pairs, fields);
      }
      return runImportNow(core.ctx, { fileName: basename(file), bytes }, input);
    } catch (error) {
      throw fromImportError(error);
    }
  });
  if (options.rejects !== undefined) writeFileSync(options.rejects, run.rejects());
  const { report } = run;
  out.result(
    {
      imported: report.imported,
      updated: report.updated,
      skipped: report.skipped,
      rejected: report.rejected,
      errors: report.errors,
      importId: report.importId,
      dryRun: report.dryRun,
      customersCreated: report.customersCreated,
      skippedRows: report.skippedRows,
    },
    () => importSummary(report, options.rejects),
  );
}

function withFileOptions(command: Command): Command {
  return command
    .option('--encoding <encoding>', `${ENCODING_CHOICES.join(', ')} (default: auto)`)
    .option('--dry-run', 'check every row and report what would happen, changing nothing')
    .option('--rejects <file>', 'write the rejected rows, with the reason for each, to this CSV file');
}

function withCsvOptions(command: Command): Command {
  return withFileOptions(command)
    .option(
      '--map <pairs>',
      'Column=field pairs, comma-separated, e.g. "E-mail=email,Size=Shoe size"; repeatable',
      collect,
    )
    .option('--delimiter <delimiter>', `${DELIMITER_CHOICES.join(', ')} (default: auto)`)
    .option(
      '--date-order <order>',
      'dmy or mdy: how to read dates like 03/04/1990 (asked when a file needs it)',
    );
}

export function registerImportCommands(program: Command, context: CliContext): void {
  const imports = program
    .command('import')
    .description('bring customers and their history in from CSV or vCard files');

  withCsvOptions(
    imports
      .command('customers')
      .description('import customers from a CSV file')
      .argument('<file>', 'the CSV file'),
  )
    .option('--preset <preset>', `${PRESET_IDS.join(', ')} (default: recognised from the header)`)
    .option('--on-duplicate <policy>', 'skip, fill (empty fields), overwrite or create (default: skip)')
    .option('--tag-separator <text>', 'what separates tags in one cell (default: the preset\'s, else ",")')
    .addHelpText(
      'after',
      "\nFields: first_name, last_name, full_name, phone, email, birthday, address, notes, tags, code,\nconsent_email (and _date, _source; also sms, phone, post), ignore, or a custom field's name.\n\nExample:\n  regulars import customers google.csv --preset google --on-duplicate fill --rejects rejected.csv",
    )
    .action((file: string, options: ImportCommandOptions, command: Command) =>
      runImport('customers', file, options, command, context),
    );

  withCsvOptions(
    imports
      .command('interactions')
      .description('import purchases and visits (customer_ref, occurred_at, kind, amount, note, external_id)')
      .argument('<file>', 'the CSV file'),
  )
    .option('--create-missing', 'create a customer for a reference nobody has')
    .option('--earn-points', 'let imported purchases earn loyalty points (they do not by default)')
    .action((file: string, options: ImportCommandOptions, command: Command) =>
      runImport('interactions', file, options, command, context),
    );

  withFileOptions(
    imports
      .command('vcard')
      .description('import customers from a vCard file (3.0 or 4.0, one card or many)')
      .argument('<file>', 'the .vcf file'),
  )
    .option('--on-duplicate <policy>', 'skip, fill (empty fields), overwrite or create (default: skip)')
    .action((file: string, options: ImportCommandOptions, command: Command) =>
      runImport('vcard', file, options, command, context),
    );

  imports
    .command('list')
    .description('the latest imports, with their counts')
    .option('--limit <n>', 'how many to show, 1-200', '20')
    .action((options: { limit: string }, command: Command) => {
      const limit = parseWholeNumber('--limit', 'limit', options.limit, { min: 1, max: 200 });
      const { path, json, out } = invocationOf(command, context);
      const list = withCore(path, context.io, json, (core) => request(core, 'imports:list', { limit }));
      out.result(list, () =>
        list.length === 0
          ? 'No imports yet.'
          : table(
              ['ID', 'WHEN', 'KIND', 'FILE', 'IMPORTED', 'UPDATED', 'SKIPPED', 'REJECTED', 'UNDONE'],
              list.map((i) => [
                i.id,
                formatWhen(i.importedAt),
                i.kind,
                i.fileName,
                String(i.imported),
                String(i.updated),
                String(i.skipped),
                String(i.rejected),
                i.undoneAt === null ? '' : formatWhen(i.undoneAt),
              ]),
            ),
      );
    });

  imports
    .command('undo')
    .description('undo a whole import: what it created is removed, what it changed is put back')
    .argument('<import-id>', 'see "import list"')
    .action((importId: string, _options: unknown, command: Command) => {
      const { path, json, out } = invocationOf(command, context);
      const undone = withCore(path, context.io, json, (core) => request(core, 'imports:undo', { importId }));
      out.result(
        undone,
        () =>
          `Undone: removed ${undone.removedCustomers} customers and ${undone.removedInteractions} interactions, restored ${undone.restoredCustomers} customers.`,
      );
    });
}
