import type { Command } from 'commander';
import { CHANNELS, INTERACTION_KINDS, type InteractionInput } from '../../../shared/domain/interaction.ts';
import { formatMinorPlain } from '../../../shared/domain/money.ts';
import { invalidInput } from '../cli-error.ts';
import { formatWhen } from '../format.ts';
import { parseAmountOption, parseChoice, parseIsoInstant } from '../options.ts';
import { invocationOf, type CliContext } from '../run-context.ts';
import { request, withCore } from '../session.ts';
import { resolveStaff } from './staff.ts';

interface LogOptions {
  kind: string;
  amount?: string;
  at?: string;
  note?: string;
  channel?: string;
  staff?: string;
  csat?: string;
  nps?: string;
  ces?: string;
}

/** The satisfaction scales: CSAT 1-5, NPS 0-10, CES 1-7. */
const SCORES = [
  { option: '--csat', field: 'csat', min: 1, max: 5 },
  { option: '--nps', field: 'nps', min: 0, max: 10 },
  { option: '--ces', field: 'ces', min: 1, max: 7 },
] as const;

/** "--nps: 11 is not between 0 and 10", "--csat: 'great' is not a whole number". */
export function parseScore(option: string, field: string, text: string, min: number, max: number): number {
  if (!/^\s*-?\d+\s*$/.test(text)) throw invalidInput(`${option}: '${text}' is not a whole number`, field);
  const value = Number(text);
  if (value < min || value > max) {
    throw invalidInput(`${option}: ${value} is not between ${min} and ${max}`, field);
  }
  return value;
}

/** Checks every option before the database is opened, so bad input cannot change anything. */
function toInteractionInput(customerId: string, options: LogOptions): InteractionInput {
  const input: InteractionInput = {
    customerId,
    kind: parseChoice('--kind', 'kind', options.kind, INTERACTION_KINDS),
  };
  if (options.amount !== undefined) input.amountMinor = parseAmountOption(options.amount);
  if (options.at !== undefined) input.occurredAt = parseIsoInstant('--at', 'occurredAt', options.at);
  if (options.note !== undefined) input.note = options.note;
  if (options.channel !== undefined) {
    input.channel = parseChoice('--channel', 'channel', options.channel, CHANNELS);
  }
  for (const { option, field, min, max } of SCORES) {
    const text = options[field];
    if (text !== undefined) input[field] = parseScore(option, field, text, min, max);
  }
  if (options.staff !== undefined && options.staff.trim() === '') {
    throw invalidInput('--staff: needs a name or an id', 'staffId');
  }
  return input;
}

export function registerLogCommand(program: Command, context: CliContext): void {
  program
    .command('log')
    .description("add a visit, purchase, call or other interaction to a customer's timeline")
    .argument('<customer-id>', 'customer id (see "customers search")')
    .requiredOption('--kind <kind>', `one of ${INTERACTION_KINDS.join(', ')}`)
    .option('--amount <amount>', 'amount spent, e.g. 12.50')
    .option(
      '--at <when>',
      'ISO-8601 date or date-time, local time unless it ends in Z or an offset (default: now)',
    )
    .option('--note <text>', 'what happened')
    .option('--channel <channel>', `one of ${CHANNELS.join(', ')} (default: in_person)`)
    .option('--staff <id-or-name>', 'who served (default: the staff member selected in the app)')
    .option('--csat <n>', 'satisfaction, 1-5')
    .option('--nps <n>', 'how likely to recommend us, 0-10')
    .option('--ces <n>', 'how easy it was, 1-7')
    .addHelpText(
      'after',
      '\nExample:\n  regulars log 0190c2d4-… --kind purchase --amount 12.50 --at 2024-03-01T14:30 --note "gift card"' +
        '\n  regulars log 0190c2d4-… --kind visit --staff "Sam Okafor" --nps 9',
    )
    .action((customerId: string, options: LogOptions, command: Command) => {
      const input = toInteractionInput(customerId, options);
      const { path, json, out } = invocationOf(command, context);
      let staffName = '';
      const logged = withCore(path, context.io, json, (core) => {
        if (options.staff !== undefined) {
          const all = request(core, 'staff:list', { includeInactive: true });
          const staff = resolveStaff(all, options.staff);
          input.staffId = staff.id;
          staffName = ` by ${staff.displayName}`;
        }
        return request(core, 'interactions:log', input);
      });
      out.result(logged, () => {
        const amount = logged.amountMinor === null ? '' : ` of ${formatMinorPlain(logged.amountMinor)}`;
        return `Logged ${logged.kind}${amount} at ${formatWhen(logged.occurredAt)}${staffName} (id ${logged.id}).`;
      });
    });
}
