import type { Command } from 'commander';
import { fullName } from '../../../shared/domain/customer.ts';
import type { Predictions } from '../../../shared/domain/predictions.ts';
import { REMINDER_KINDS, type TodayList } from '../../../shared/domain/reminders.ts';
import { invalidInput } from '../cli-error.ts';
import { table } from '../format.ts';
import { parseChoice, parseWholeNumber } from '../options.ts';
import { invocationOf, type CliContext } from '../run-context.ts';
import { request, withCore } from '../session.ts';

interface AsOfOption {
  asOf?: string;
}

interface RemindersOptions extends AsOfOption {
  limit?: string;
  kind?: string;
}

/** "--as-of: '2026-02-30' is not a real date": checked before the database is opened. */
export function parseAsOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) throw invalidInput(`--as-of: '${text}' is not a date like 2026-11-22`, 'asOf');
  const [, y = '', m = '', d = ''] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(m) - 1 ||
    date.getUTCDate() !== Number(d)
  ) {
    throw invalidInput(`--as-of: '${text}' is not a real date`, 'asOf');
  }
  return text.trim();
}

const AS_OF_HELP = 'a past (or present) day, YYYY-MM-DD: every interaction after it is ignored';

/** The shape: one entry per customer with its kinds, its reasons in words and when it fell due. */
function remindersJson(list: TodayList) {
  return list.rows.map((row) => ({
    customerId: row.customerId,
    kinds: row.kinds,
    reasons: row.reasons.map((reason) => reason.text),
    dueDate: row.dueDate,
  }));
}

function remindersText(list: TodayList): string {
  if (list.rows.length === 0) return `Nobody to think of on ${list.asOf}.`;
  const counts = REMINDER_KINDS.filter((kind) => list.counts[kind] > 0)
    .map((kind) => `${list.counts[kind]} ${kind.replace('_', ' ')}`)
    .join(', ');
  const rows = table(
    ['DUE', 'NAME', 'ID', 'WHY'],
    list.rows.map((row) => [
      row.dueDate,
      fullName(row),
      row.customerId,
      row.reasons.map((r) => r.text).join(' '),
    ]),
  );
  return `${list.total} customers on ${list.asOf} (${counts}).\n${rows}`;
}

const round = (value: number | null, digits: number) => (value === null ? '' : value.toFixed(digits));

function predictionsText(result: Predictions): string {
  const { model } = result;
  const head = model
    ? `BG/NBD in ${model.unit}s as of ${result.asOf}: r=${model.r.toPrecision(4)} alpha=${model.alpha.toPrecision(4)} ` +
      `a=${model.a.toPrecision(4)} b=${model.b.toPrecision(4)}, log-likelihood ${model.logLikelihood.toFixed(2)}, ` +
      `${model.customers} customers.`
    : (result.message ?? 'No model.');
  const rows = table(
    ['ID', 'REF', 'VISITS', 'P(ALIVE)', 'NEXT 30D', 'NEXT 90D', 'USUAL', 'NEXT VISIT'],
    result.customers.map((c) => [
      c.id,
      c.ref ?? '',
      String(c.visits),
      round(c.pAlive, 3),
      round(c.expectedVisits30d, 2),
      round(c.expectedVisits90d, 2),
      round(c.usualIntervalDays, 1),
      c.nextVisitDate ?? '',
    ]),
  );
  return `${head}\n${rows}`;
}

/** `reminders` and `predict`: Today and the visit model from the shell, for any past day too. */
export function registerReminderCommands(program: Command, context: CliContext): void {
  program
    .command('reminders')
    .description('who to think of today (or on a past day), one line per customer with every reason')
    .option('--as-of <date>', AS_OF_HELP)
    .option('--limit <n>', 'at most this many customers, 1-2000', '2000')
    .option('--kind <kind>', `only customers with this kind of reason: ${REMINDER_KINDS.join(', ')}`)
    .addHelpText('after', '\nExample:\n  regulars reminders --as-of 2026-03-01 --json')
    .action((options: RemindersOptions, command: Command) => {
      const asOf = parseAsOf(options.asOf);
      const limit = parseWholeNumber('--limit', 'limit', options.limit ?? '2000', { min: 1, max: 2000 });
      const kind =
        options.kind === undefined ? undefined : parseChoice('--kind', 'kind', options.kind, REMINDER_KINDS);
      const { path, json, out } = invocationOf(command, context);
      const list = withCore(path, context.io, json, (core) =>
        request(core, 'reminders:today', { limit, ...(kind && { kind }), ...(asOf && { asOf }) }),
      );
      out.result(remindersJson(list), () => remindersText(list));
    });

  program
    .command('predict')
    .description('fit the BG/NBD visit model and show every customer’s P(alive) and expected visits')
    .option('--as-of <date>', AS_OF_HELP)
    .addHelpText('after', '\nExample:\n  regulars predict --as-of 2026-03-01 --json')
    .action((options: AsOfOption, command: Command) => {
      const asOf = parseAsOf(options.asOf);
      const { path, json, out } = invocationOf(command, context);
      const result = withCore(path, context.io, json, (core) =>
        request(core, 'predictions:list', asOf === undefined ? {} : { asOf }),
      );
      out.result({ model: result.model, customers: result.customers }, () => predictionsText(result));
    });
}
