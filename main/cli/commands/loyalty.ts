import type { Command } from 'commander';
import type { LoyaltyStatus } from '../../../shared/domain/loyalty/status.ts';
import type { Core } from '../../core/core.ts';
import { invalidInput } from '../cli-error.ts';
import { formatWhen, table } from '../format.ts';
import { parseWholeNumber } from '../options.ts';
import { invocationOf, type CliContext } from '../run-context.ts';
import { request, withCore } from '../session.ts';
import { parseAsOf, parseSignedWhole } from './loyalty-options.ts';
import { registerLoyaltyProgramCommands } from './loyalty-program.ts';
import { resolveStaff } from './staff.ts';

export function statusText(status: LoyaltyStatus): string {
  const rewards = status.rewards.filter((reward) => reward.affordable);
  return [
    `${status.tier ? `Tier: ${status.tier.name}` : 'No tier'} · ${status.balance} points (as of ${formatWhen(status.asOf)})`,
    ...status.explanation,
    rewards.length === 0
      ? 'No reward affordable yet.'
      : `Affordable: ${rewards.map((reward) => `${reward.id} ${reward.name} (${reward.cost})`).join(', ')}`,
  ].join('\n');
}

function staffIdOf(core: Core, typed: string | undefined): string | undefined {
  if (typed === undefined) return undefined;
  if (typed.trim() === '') throw invalidInput('--staff: needs a name or an id', 'staffId');
  return resolveStaff(request(core, 'staff:list', { includeInactive: true }), typed).id;
}

export function registerLoyaltyCommands(program: Command, context: CliContext): void {
  const loyalty = program.command('loyalty').description('points, tiers and rewards');

  loyalty
    .command('status')
    .description('points, tier, what is missing for the next tier, and affordable rewards')
    .argument('<customer-id>', 'customer id (see "customers search")')
    .option('--as-of <date>', 'a date (its end) or a date-time; default: now')
    .action((customerId: string, options: { asOf?: string }, command: Command) => {
      const asOf = options.asOf === undefined ? undefined : parseAsOf('--as-of', options.asOf);
      const { path, json, out } = invocationOf(command, context);
      const status = withCore(path, context.io, json, (core) =>
        request(core, 'loyalty:status', asOf === undefined ? { customerId } : { customerId, asOf }),
      );
      out.result(status, () => statusText(status));
    });

  loyalty
    .command('ledger')
    .description('every change of points, newest first, with the balance after each')
    .argument('<customer-id>', 'customer id')
    .option('--limit <n>', 'how many rows, 1-5000', '500')
    .action((customerId: string, options: { limit: string }, command: Command) => {
      const limit = parseWholeNumber('--limit', 'limit', options.limit, { min: 1, max: 5000 });
      const { path, json, out } = invocationOf(command, context);
      const ledger = withCore(path, context.io, json, (core) =>
        request(core, 'loyalty:ledger', { customerId, limit }),
      );
      out.result(ledger, () =>
        ledger.rows.length === 0
          ? 'No points yet.'
          : table(
              ['WHEN', 'KIND', 'POINTS', 'BALANCE', 'REASON'],
              ledger.rows.map((row) => [
                formatWhen(row.at),
                row.kind,
                row.points > 0 ? `+${row.points}` : String(row.points),
                String(row.balanceAfter),
                row.reason,
              ]),
            ),
      );
    });

  loyalty
    .command('redeem')
    .description('redeem a reward of the program (by id, see "loyalty program show"), or a number of points')
    .argument('<customer-id>', 'customer id')
    .argument('[reward-id]', 'the reward, e.g. r1')
    .option('--points <n>', 'instead of a reward: this many points')
    .option('--staff <id-or-name>', 'who served (default: the staff member selected in the app)')
    .action(
      (
        customerId: string,
        rewardId: string | undefined,
        options: { points?: string; staff?: string },
        command: Command,
      ) => {
        if ((rewardId === undefined) === (options.points === undefined)) {
          throw invalidInput('Give either a REWARD_ID or --points N, not both and not neither.');
        }
        const points =
          options.points === undefined
            ? undefined
            : parseWholeNumber('--points', 'points', options.points, { min: 1 });
        const { path, json, out } = invocationOf(command, context);
        const result = withCore(path, context.io, json, (core) => {
          const staffId = staffIdOf(core, options.staff);
          const who = staffId === undefined ? {} : { staffId };
          return request(
            core,
            'loyalty:redeem',
            points === undefined
              ? { customerId, rewardId: rewardId ?? '', ...who }
              : { customerId, points, ...who },
          );
        });
        out.result(result, () => `Redeemed. ${result.status.balance} points left.`);
      },
    );

  loyalty
    .command('adjust')
    .description('add or take points by hand; the reason is required and stays on the ledger')
    .argument('<customer-id>', 'customer id')
    .requiredOption('--points <n>', 'points to add, or to take with a minus: --points=-20')
    .requiredOption('--reason <text>', 'why, e.g. "coffee machine broken, sorry"')
    .option('--staff <id-or-name>', 'who did it (default: the staff member selected in the app)')
    .action(
      (customerId: string, options: { points: string; reason: string; staff?: string }, command: Command) => {
        const points = parseSignedWhole('--points', 'points', options.points);
        const { path, json, out } = invocationOf(command, context);
        const result = withCore(path, context.io, json, (core) => {
          const staffId = staffIdOf(core, options.staff);
          return request(core, 'loyalty:adjust', {
            customerId,
            points,
            reason: options.reason,
            ...(staffId === undefined ? {} : { staffId }),
          });
        });
        out.result(result, () => `Adjusted by ${points}. ${result.status.balance} points now.`);
      },
    );

  loyalty
    .command('recompute')
    .description("check every customer's ledger against a replay from scratch and add what is missing")
    .action((_options: unknown, command: Command) => {
      const { path, json, out } = invocationOf(command, context);
      const result = withCore(path, context.io, json, (core) => request(core, 'loyalty:recompute', {}));
      out.result(
        result,
        () =>
          `Checked ${result.customers} customers: ${result.appended} rows added for ${result.changedCustomers}.`,
      );
    });

  registerLoyaltyProgramCommands(loyalty, context);
}
