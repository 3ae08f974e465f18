import type { Command } from 'commander';
import { fullName } from '../../../shared/domain/customer.ts';
import {
  SUGGESTION_CHANNELS,
  SUGGESTION_KIND_LABELS,
  SUGGESTION_KINDS,
  type OutcomeReport,
  type SuggestionList,
} from '../../../shared/domain/suggestions.ts';
import { table } from '../format.ts';
import { parseChoice, parseWholeNumber } from '../options.ts';
import { invocationOf, type CliContext } from '../run-context.ts';
import { request, withCore } from '../session.ts';
import { parseAsOf } from './reminders.ts';

interface ListOptions {
  asOf?: string;
  limit?: string;
}

/** The issue's shape: one entry per suggestion. */
function listJson(list: SuggestionList) {
  return list.rows.map((row) => ({
    customerId: row.customerId,
    kind: row.kind,
    score: row.score,
    reasons: row.reasons,
    channel: row.channel,
    message: row.message,
  }));
}

function listText(list: SuggestionList): string {
  if (list.rows.length === 0) return `No follow-ups to suggest on ${list.asOf}.`;
  const rows = table(
    ['SCORE', 'KIND', 'NAME', 'ID', 'CHANNEL', 'WHY'],
    list.rows.map((row) => [
      row.score.toFixed(1),
      SUGGESTION_KIND_LABELS[row.kind],
      fullName(row),
      row.customerId,
      row.channel,
      row.reasons.join(' '),
    ]),
  );
  return `${list.total} customers to follow up on ${list.asOf}.\n${rows}`;
}

function outcomesText(report: OutcomeReport): string {
  const rows = table(
    ['KIND', 'SENT', 'CAME BACK', 'PENDING'],
    report.rows
      .filter((row) => row.sent > 0)
      .map((row) => [
        SUGGESTION_KIND_LABELS[row.kind],
        String(row.sent),
        String(row.cameBack),
        String(row.pending),
      ]),
  );
  return `Follow-ups as of ${report.asOf} (came back = a visit within ${report.outcomeDays} days).\n${rows}`;
}

/** `suggestions`, `suggestions act` and `suggestions outcomes`. */
export function registerSuggestionCommands(program: Command, context: CliContext): void {
  const suggestions = program
    .command('suggestions')
    .description('who to follow up with today (or on a past day), why, how, and a drafted message')
    .option('--as-of <date>', 'a past (or present) day, YYYY-MM-DD: every interaction after it is ignored')
    .option('--limit <n>', 'at most this many suggestions, 1-500', '20')
    .addHelpText(
      'after',
      '\nExamples:\n  regulars suggestions --limit 5 --json\n  regulars suggestions act C123 win_back --channel sms',
    )
    .action((options: ListOptions, command: Command) => {
      const asOf = parseAsOf(options.asOf);
      const limit = parseWholeNumber('--limit', 'limit', options.limit ?? '20', { min: 1, max: 500 });
      const { path, json, out } = invocationOf(command, context);
      const list = withCore(path, context.io, json, (core) =>
        request(core, 'suggestions:today', { limit, ...(asOf && { asOf }) }),
      );
      out.result(listJson(list), () => listText(list));
    });

  suggestions
    .command('act <customerId> <kind>')
    .description(`log the follow-up of a suggestion (kinds: ${SUGGESTION_KINDS.join(', ')})`)
    .option(
      '--channel <channel>',
      `send it by: ${SUGGESTION_CHANNELS.join(', ')} (default: the suggested one)`,
    )
    .option('--message <text>', 'the text as sent (default: the drafted message)')
    .action(
      (
        customerId: string,
        kindText: string,
        options: { channel?: string; message?: string },
        command: Command,
      ) => {
        const kind = parseChoice('KIND', 'kind', kindText, SUGGESTION_KINDS);
        const channel =
          options.channel === undefined
            ? undefined
            : parseChoice('--channel', 'channel', options.channel, SUGGESTION_CHANNELS);
        const { path, json, out } = invocationOf(command, context);
        const done = withCore(path, context.io, json, (core) =>
          request(core, 'suggestions:act', {
            customerId,
            kind,
            ...(channel && { channel }),
            ...(options.message !== undefined && { message: options.message }),
          }),
        );
        out.result(
          {
            interactionId: done.interaction.id,
            customerId,
            kind: done.kind,
            channel: done.channel,
            message: done.message,
            link: done.link,
          },
          () =>
            `Logged the ${SUGGESTION_KIND_LABELS[done.kind].toLowerCase()} follow-up by ${done.channel}.\n${done.message}${done.link ? `\nOpen: ${done.link}` : ''}`,
        );
      },
    );

  suggestions
    .command('outcomes')
    .description('per kind: follow-ups sent and customers who came back within the outcome window')
    .option('--as-of <date>', 'count only what was known by the end of this day')
    .action((options: { asOf?: string }, command: Command) => {
      const asOf = parseAsOf(options.asOf);
      const { path, json, out } = invocationOf(command, context);
      const report = withCore(path, context.io, json, (core) =>
        request(core, 'suggestions:outcomes', asOf === undefined ? {} : { asOf }),
      );
      out.result(report, () => outcomesText(report));
    });
}
