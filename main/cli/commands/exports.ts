import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { CONSENT_CHANNELS } from '../../../shared/domain/customer.ts';
import { EXPORT_COLUMNS, EXPORT_FORMATS, type ExportRequest } from '../../../shared/domain/exports.ts';
import { CUSTOM_PREFIX } from '../../../shared/domain/import-targets.ts';
import { runExportNow } from '../../core/services/exports.ts';
import { invalidInput } from '../cli-error.ts';
import { parseChoice } from '../options.ts';
import { invocationOf, type CliContext } from '../run-context.ts';
import { request, withCore } from '../session.ts';
import { fromImportError } from './imports.ts';

interface ExportOptions {
  format?: string;
  preset?: string;
  tag?: string;
  consent?: string;
  columns?: string;
  out?: string;
}

/** Checks every option before the database is opened. */
function requestOf(options: ExportOptions, json: boolean): ExportRequest {
  const format = parseChoice('--format', 'format', options.format ?? 'csv', EXPORT_FORMATS);
  if (options.preset !== undefined && options.preset !== 'mailing') {
    throw invalidInput(`--preset: '${options.preset}' is not a preset; the one there is: mailing`, 'preset');
  }
  if (format === 'xlsx' && options.out === undefined)
    throw invalidInput('--out: an Excel file is binary; give --out FILE', 'out');
  if (json && options.out === undefined)
    throw invalidInput('--out: with --json, the file goes to --out FILE and the summary to stdout', 'out');
  const consent =
    options.consent === undefined
      ? undefined
      : parseChoice('--consent', 'consent', options.consent, CONSENT_CHANNELS);
  const tag = options.tag?.trim();
  if (tag === '') throw invalidInput('--tag: needs a tag', 'tag');
  const filtered = tag !== undefined || consent !== undefined;
  return {
    format,
    preset: options.preset === 'mailing' ? 'mailing' : 'contacts',
    scope: filtered
      ? { kind: 'filter', filter: { tags: tag === undefined ? [] : [tag], ...(consent ? { consent } : {}) } }
      : { kind: 'all' },
  };
}

function columnsOf(
  text: string,
  fields: readonly { id: string; name: string; archived: boolean }[],
): string[] {
  return text
    .split(',')
    .map((column) => column.trim())
    .filter(Boolean)
    .map((column) => {
      if ((EXPORT_COLUMNS as readonly string[]).includes(column.toLowerCase())) return column.toLowerCase();
      const field = fields.find((f) => f.name.toLowerCase() === column.toLowerCase());
      if (field) return `${CUSTOM_PREFIX}${field.id}`;
      throw invalidInput(
        `--columns: '${column}' is not a column: use ${EXPORT_COLUMNS.join(', ')} or a custom field's name`,
        'columns',
      );
    });
}

export function registerExportCommands(program: Command, context: CliContext): void {
  program
    .command('export')
    .description('send contact lists out: CSV, Excel, vCard')
    .command('contacts')
    .description('export customers as CSV (default), Excel or vCard')
    .option('--format <format>', 'csv, xlsx, vcard (4.0) or vcard3 (default: csv)')
    .option(
      '--preset <preset>',
      'mailing: only customers who agreed to e-mail, with the consent date and source',
    )
    .option('--tag <tag>', 'only customers with this tag')
    .option(
      '--consent <channel>',
      `only customers whose consent for this channel is a yes: ${CONSENT_CHANNELS.join(', ')}`,
    )
    .option('--columns <list>', 'CSV/Excel columns in order, e.g. "first_name,last_name,phone,Shoe size"')
    .option('--out <file>', 'write to this file (default: stdout; required for xlsx and with --json)')
    .addHelpText(
      'after',
      '\nExample:\n  regulars export contacts --preset mailing --out newsletter.csv\n  regulars export contacts --format vcard --tag vip > vip.vcf',
    )
    .action((options: ExportOptions, command: Command) => {
      const { path, json, out } = invocationOf(command, context);
      const input = requestOf(options, json);
      const output = withCore(path, context.io, json, (core) => {
        if (options.columns !== undefined)
          input.columns = columnsOf(
            options.columns,
            request(core, 'customFields:list', { includeArchived: true }),
          );
        try {
          return runExportNow(core.ctx, input);
        } catch (error) {
          throw fromImportError(error);
        }
      });
      if (options.out === undefined) {
        context.io.stdout.write(new TextDecoder('utf-8', { ignoreBOM: true }).decode(output.bytes));
        return;
      }
      writeFileSync(options.out, output.bytes);
      out.result(
        { file: options.out, format: input.format, rows: output.rows, size: output.bytes.length },
        () => `Exported ${output.rows} customers to ${options.out}.`,
      );
    });
}
