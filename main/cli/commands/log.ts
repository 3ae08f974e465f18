import type { Command } from 'commander';
import { CHANNELS, INTERACTION_KINDS, type InteractionInput } from '../../../shared/domain/interaction.ts';
import { formatMinorPlain } from '../../../shared/domain/money.ts';
import { formatWhen } from '../format.ts';
import { parseAmountOption, parseChoice, parseIsoInstant } from '../options.ts';
import { invocationOf, type CliContext } from '../run-context.ts';
import { request, withCore } from '../session.ts';

interface LogOptions {
  kind: string;
  amount?: string;
  at?: string;
  note?: string;
  channel?: string;
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
    .addHelpText(
      'after',
      '\nExample:\n  regulars log 0190c2d4-… --kind purchase --amount 12.50 --at 2024-03-01T14:30 --note "gift card"',
    )
    .action((customerId: string, options: LogOptions, command: Command) => {
      const input = toInteractionInput(customerId, options);
      const { path, json, out } = invocationOf(command, context);
      const logged = withCore(path, context.io, json, (core) => request(core, 'interactions:log', input));
      out.result(logged, () => {
        const amount = logged.amountMinor === null ? '' : ` of ${formatMinorPlain(logged.amountMinor)}`;
        return `Logged ${logged.kind}${amount} at ${formatWhen(logged.occurredAt)} (id ${logged.id}).`;
      });
    });
}
