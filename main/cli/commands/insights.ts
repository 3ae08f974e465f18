import type { Command } from 'commander';
import { daySchema } from '../../../shared/domain/calendar-days.ts';
import { RFM_RULES, RFM_SEGMENTS, type RfmSegment } from '../../../shared/domain/rfm.ts';
import { describeFilter } from '../../../shared/domain/segment.ts';
import { invalidInput } from '../cli-error.ts';
import { customerTable, table } from '../format.ts';
import { parsePage, type PageOptions } from '../options.ts';
import { invocationOf, type CliContext } from '../run-context.ts';
import { request, withCore } from '../session.ts';
import { figureRows, rfmText, tiersText } from './insights-format.ts';

interface PeriodOptions {
  from?: string;
  to?: string;
}

function parseDay(option: string, text: string): string {
  const parsed = daySchema.safeParse(text.trim());
  if (!parsed.success) {
    throw invalidInput(
      `${option}: '${text}' ${parsed.error.issues[0]?.message ?? 'is not a date'}`,
      option.slice(2),
    );
  }
  return parsed.data;
}

/** --from and --to together, checked before the database is opened; neither: the last 30 days. */
function parsePeriod(options: PeriodOptions) {
  if (options.from === undefined && options.to === undefined) return { preset: 'last30' as const };
  if (options.from === undefined || options.to === undefined) {
    throw invalidInput('Give both --from and --to (YYYY-MM-DD), or neither for the last 30 days.');
  }
  const from = parseDay('--from', options.from);
  const to = parseDay('--to', options.to);
  if (to < from) throw invalidInput(`--to: ${to} is before --from ${from}`, 'to');
  return { from, to };
}

/** A saved segment by name or id, else a built-in RFM segment by key or label ("champions", "At risk"). */
function rfmSegmentNamed(name: string): RfmSegment | undefined {
  const key = name.trim().toLowerCase();
  return RFM_SEGMENTS.find(
    (segment) => segment.toLowerCase() === key || RFM_RULES[segment].label.toLowerCase() === key,
  );
}

export function registerInsightsCommands(program: Command, context: CliContext): void {
  program
    .command('insights')
    .description('how the shop is doing: the dashboard figures of a period beside the period before it')
    .option('--from <date>', 'first day of the period, YYYY-MM-DD (with --to)')
    .option('--to <date>', 'last day of the period, YYYY-MM-DD (default: the last 30 days)')
    .addHelpText(
      'after',
      '\nExamples:\n  regulars insights\n  regulars insights --from 2026-01-01 --to 2026-01-31 --json',
    )
    .action((options: PeriodOptions, command: Command) => {
      const period = parsePeriod(options);
      const { path, json, out } = invocationOf(command, context);
      // Tiers are a state now, not a figure of the period: they sit beside the figures.
      const figures = withCore(path, context.io, json, (core) => ({
        ...request(core, 'insights:figures', { period }),
        loyaltyTiers: request(core, 'insights:tiers', {}),
      }));
      out.result(figures, () => {
        const { period: p, previousPeriod: q } = figures;
        return [
          `${p.from} to ${p.to}, compared with ${q.from} to ${q.to} (active: a visit in the last ${figures.activeDays} days).`,
          '',
          table(['FIGURE', 'THIS PERIOD', 'PREVIOUS', 'CHANGE'], figureRows(figures)),
          '',
          tiersText(figures.loyaltyTiers),
        ].join('\n');
      });
    });

  const segments = program.command('segments').description('saved segments and the built-in RFM segments');

  segments
    .command('list')
    .description('list the saved segments with how many customers each has now')
    .action((_options: unknown, command: Command) => {
      const { path, json, out } = invocationOf(command, context);
      const listed = withCore(path, context.io, json, (core) => {
        const fields = request(core, 'customFields:list', { includeArchived: true });
        const fieldName = (id: string) => fields.find((field) => field.id === id)?.name ?? 'a removed field';
        return request(core, 'segments:list', {}).map((segment) => ({
          ...segment,
          description: describeFilter(segment.filter, fieldName),
          count: request(core, 'segments:count', { filter: segment.filter }).count,
        }));
      });
      out.result(listed, () =>
        listed.length === 0
          ? 'No saved segments yet; build one on the Segments page. Built-in RFM segments: regulars rfm'
          : table(
              ['NAME', 'CUSTOMERS', 'RULE'],
              listed.map((s) => [s.name, String(s.count), s.description]),
            ),
      );
    });

  segments
    .command('show')
    .description('the customers of a saved segment (by name or id) or of an RFM segment ("champions")')
    .argument('<name>', 'a saved segment, or one of the RFM segments: ' + RFM_SEGMENTS.join(', '))
    .option('--limit <n>', 'how many customers to show, 1-500', '50')
    .option('--offset <n>', 'how many to skip first', '0')
    .action((name: string, options: PageOptions, command: Command) => {
      const page = parsePage(options);
      const { path, json, out } = invocationOf(command, context);
      const shown = withCore(path, context.io, json, (core) => {
        const key = name.trim().toLowerCase();
        const saved = request(core, 'segments:list', {}).find(
          (segment) => segment.id === name.trim() || segment.name.toLowerCase() === key,
        );
        const rfm = saved ? undefined : rfmSegmentNamed(name);
        if (!saved && !rfm) {
          throw invalidInput(
            `No segment called '${name}' (see "regulars segments list"; RFM: ${RFM_SEGMENTS.join(', ')})`,
            'name',
          );
        }
        const set = saved
          ? { kind: 'segment' as const, id: saved.id }
          : { kind: 'rfm' as const, segment: rfm ?? 'champions' };
        const customers = request(core, 'segments:customers', { set, ...page });
        const fields = request(core, 'customFields:list', { includeArchived: true });
        const fieldName = (id: string) => fields.find((field) => field.id === id)?.name ?? 'a removed field';
        const rule = saved ? describeFilter(saved.filter, fieldName) : RFM_RULES[rfm ?? 'champions'].rule;
        return {
          name: saved?.name ?? RFM_RULES[rfm ?? 'champions'].label,
          rule,
          segment: saved ?? null,
          ...customers,
        };
      });
      out.result(shown, () => {
        const head = `${shown.name}: ${shown.rule}. ${shown.total} customer${shown.total === 1 ? '' : 's'}.`;
        if (shown.items.length === 0) return head;
        const range = `${page.offset + 1}-${page.offset + shown.items.length} of ${shown.total}`;
        return `${head}\n\n${customerTable(shown.items)}\n\nShowing ${range}, by name.`;
      });
    });

  program
    .command('rfm')
    .description('recency, frequency and monetary scores (1-5 by quintile) summed up by segment')
    .option('--as-of <date>', 'score the history up to this day, YYYY-MM-DD (default: today)')
    .action((options: { asOf?: string }, command: Command) => {
      const asOf = options.asOf === undefined ? undefined : parseDay('--as-of', options.asOf);
      const { path, json, out } = invocationOf(command, context);
      const summary = withCore(path, context.io, json, (core) =>
        request(core, 'insights:rfm', asOf ? { asOf } : {}),
      );
      out.result(summary, () => rfmText(summary));
    });
}
