import type { Command } from 'commander';
import { dateText, earningText } from '../../../shared/domain/loyalty/explain.ts';
import type { LoyaltyProgramInput, ProgramVersionView } from '../../../shared/domain/loyalty/program.ts';
import type { LoyaltyPreview } from '../../../shared/domain/loyalty/status.ts';
import { formatMinorPlain } from '../../../shared/domain/money.ts';
import { invocationOf, type CliContext } from '../run-context.ts';
import { request, withCore } from '../session.ts';
import { parseFrom, programFromFile, programFromOptions, type ProgramOptions } from './loyalty-options.ts';

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function programText(view: ProgramVersionView | null): string {
  if (!view)
    return 'No loyalty program yet. Set one up with: regulars loyalty program set --points 1 --per 1.00';
  const { program } = view;
  const { measure, levels } = program.tiers;
  const threshold = (value: number) => (measure === 'spend' ? formatMinorPlain(value) : String(value));
  return [
    `Version ${view.version}, in force since ${dateText(view.effectiveFrom)}.`,
    earningText(program),
    levels.length === 0
      ? 'No tiers.'
      : `Tiers by ${measure} ${program.tiers.period === 'rolling12' ? 'over the last 12 months' : 'per calendar year'}, kept ${program.tiers.keepMonths} months: ` +
        levels.map((level) => `${level.name} ${threshold(level.threshold)}`).join(', '),
    program.rewards.length === 0
      ? 'No rewards.'
      : `Rewards: ${program.rewards.map((reward) => `${reward.id} ${reward.name} (${reward.cost})`).join(', ')}`,
    program.expiryMonths === null
      ? 'Points never expire.'
      : `Points expire after ${program.expiryMonths} months without a visit.`,
    program.birthdayBonus > 0 ? `Birthday bonus: ${program.birthdayBonus} points.` : 'No birthday bonus.',
  ].join('\n');
}

export function previewText(preview: LoyaltyPreview): string {
  return [
    `From ${dateText(preview.effectiveFrom)}: ${preview.changed} of ${preview.customers} customers would change tier (${preview.up} up, ${preview.down} down).`,
    ...preview.byTier.map((tier) => `  ${tier.name}: ${tier.before} → ${tier.after}`),
    ...preview.examples.map(
      (example) => `  e.g. ${example.name}: ${example.from ?? 'no tier'} → ${example.to ?? 'no tier'}`,
    ),
    preview.earningExample,
  ].join('\n');
}

function save(
  command: Command,
  context: CliContext,
  program: LoyaltyProgramInput,
  options: { from?: string; preview?: boolean },
) {
  const effectiveFrom = options.from === undefined ? undefined : parseFrom(options.from);
  const input = effectiveFrom === undefined ? { program } : { program, effectiveFrom };
  const { path, json, out } = invocationOf(command, context);
  if (options.preview) {
    const preview = withCore(path, context.io, json, (core) => request(core, 'loyalty:preview', input));
    out.result(preview, () => `${previewText(preview)}\nNothing was saved (--preview).`);
    return;
  }
  const saved = withCore(path, context.io, json, (core) => request(core, 'loyalty:setProgram', input));
  out.result(
    saved,
    () =>
      `${programText(saved.version)}\nPoints or tier changed for ${saved.changedCustomers} ${saved.changedCustomers === 1 ? 'customer' : 'customers'}.`,
  );
}

export function registerLoyaltyProgramCommands(loyalty: Command, context: CliContext): void {
  const program = loyalty
    .command('program')
    .description('the loyalty program: earning, tiers, rewards, expiry');

  program
    .command('show')
    .description('the program in force now (--json: importable with "program import")')
    .action((_options: unknown, command: Command) => {
      const { path, json, out } = invocationOf(command, context);
      const all = withCore(path, context.io, json, (core) => request(core, 'loyalty:program', {}));
      const current = all.versions.find((version) => version.version === all.current) ?? null;
      out.result(current, () => programText(current));
    });

  program
    .command('set')
    .description(
      'change the program; options not given keep their value; a new version from --from (default now)',
    )
    .option('--points <n>', 'points per --per spent (default 1)')
    .option('--per <amount>', 'the amount that earns --points, e.g. 1.00')
    .option('--visit-points <n>', 'points per day with a visit')
    .option('--visit-min <amount>', 'minimum spend on that day for the visit points')
    .option(
      '--tier <name:threshold>',
      'a tier, lowest first, repeatable: --tier Regular:0 --tier Gold:500',
      collect,
    )
    .option('--tier-by <measure>', 'points, spend or visits')
    .option('--tier-period <period>', 'rolling12 or calendar-year')
    .option('--keep-months <n>', 'how long a tier is kept once reached')
    .option('--reward <name:cost>', 'a reward, repeatable; replaces the list', collect)
    .option('--expiry-months <n>', 'months without a visit before points expire, or "never"')
    .option('--birthday-bonus <n>', 'points on the birthday (0: none)')
    .option('--from <date>', 'when the change takes effect (today or later)')
    .option('--preview', 'show what would change, and save nothing')
    .addHelpText(
      'after',
      '\nExample:\n  regulars loyalty program set --points 1 --per 1.00 --tier Regular:0 --tier Gold:500 --reward "Free coffee:30"',
    )
    .action((options: ProgramOptions & { preview?: boolean }, command: Command) => {
      const { path, json } = invocationOf(command, context);
      const current = withCore(path, context.io, json, (core) => {
        const all = request(core, 'loyalty:program', {});
        return all.versions.find((version) => version.version === all.current)?.program;
      });
      save(command, context, programFromOptions(current, options), options);
    });

  program
    .command('import')
    .description('replace the program with one from a JSON file (as "program show --json" prints it)')
    .argument('<file>', 'a .json file')
    .option('--from <date>', 'when the change takes effect (today or later)')
    .option('--preview', 'show what would change, and save nothing')
    .action((file: string, options: { from?: string; preview?: boolean }, command: Command) => {
      save(command, context, programFromFile(file), options);
    });
}
