import type { Command } from 'commander';
import { STAFF_COLORS, staffInputSchema, type Staff, type StaffInput } from '../../../shared/domain/staff.ts';
import { staffNameKey } from '../../core/services/staff.ts';
import { describeIssue } from '../../core/validate.ts';
import { invalidInput } from '../cli-error.ts';
import { table } from '../format.ts';
import { parseChoice } from '../options.ts';
import { invocationOf, type CliContext } from '../run-context.ts';
import { request, withCore } from '../session.ts';

interface AddOptions {
  name: string;
  initials?: string;
  color?: string;
}

const OPTION_OF: Readonly<Record<string, string>> = {
  displayName: '--name',
  initials: '--initials',
  color: '--color',
};

/** Checks every option before the database is opened, so bad input cannot change anything. */
function toStaffInput(options: AddOptions): StaffInput {
  const input: StaffInput = { displayName: options.name };
  if (options.initials !== undefined) input.initials = options.initials;
  if (options.color !== undefined) input.color = parseChoice('--color', 'color', options.color, STAFF_COLORS);
  const parsed = staffInputSchema.safeParse(input);
  const issue = parsed.error?.issues[0];
  if (issue) {
    const { field } = describeIssue(issue);
    const typed = field === 'initials' ? options.initials : options.name;
    const quoted = typed !== undefined && typed.trim() !== '' ? ` '${typed}'` : '';
    throw invalidInput(`${OPTION_OF[field] ?? field}:${quoted} ${issue.message}`, field);
  }
  return input;
}

export function staffTable(staff: readonly Staff[]): string {
  return table(
    ['ID', 'NAME', 'INITIALS', 'COLOUR', 'STATUS'],
    staff.map((s) => [s.id, s.displayName, s.initials, s.color, s.active ? 'active' : 'inactive']),
  );
}

/**
 * Finds the staff member `--staff` means: an id, else an active person's name typed the way
 * people type it (case, accents and spacing ignored), as long as only one person fits.
 */
export function resolveStaff(all: readonly Staff[], typed: string): Staff {
  const byId = all.find((s) => s.id === typed.trim());
  const key = staffNameKey(typed);
  const active = all.filter((s) => s.active);
  const wordsOf = (s: Staff) => staffNameKey(s.displayName).split(' ');
  // The closest kind of match wins: the whole name, then a whole word ("sam" is Sam Okafor
  // rather than Samira Lee), then the start of a word.
  const tiers = [
    active.filter((s) => staffNameKey(s.displayName) === key),
    active.filter((s) => wordsOf(s).includes(key)),
    active.filter((s) => [staffNameKey(s.displayName), ...wordsOf(s)].some((w) => w.startsWith(key))),
  ];
  const found = byId ? [byId] : key === '' ? [] : (tiers.find((tier) => tier.length > 0) ?? []);
  const [only] = found;
  if (found.length > 1) {
    const names = found.map((s) => s.displayName).join(', ');
    throw invalidInput(
      `--staff: '${typed}' could be ${found.length} people (${names}); type more of the name or use the id`,
      'staffId',
    );
  }
  if (only === undefined) {
    const left = all.find((s) => !s.active && staffNameKey(s.displayName) === key);
    if (left) throw invalidInput(`--staff: ${left.displayName} is no longer active`, 'staffId');
    throw invalidInput(
      `--staff: nobody active on the staff is called '${typed}' (see "regulars staff list")`,
      'staffId',
    );
  }
  if (!only.active) throw invalidInput(`--staff: ${only.displayName} is no longer active`, 'staffId');
  return only;
}

export function registerStaffCommands(program: Command, context: CliContext): void {
  const staff = program.command('staff').description('the people who work at the counter');

  staff
    .command('add')
    .description('add a staff member; initials come from the name unless given')
    .requiredOption('--name <name>', 'the name shown on the timeline, e.g. "Sam Okafor"')
    .option('--initials <letters>', 'up to 3 letters (default: from the name, Sam Okafor → SO)')
    .option('--color <color>', `one of ${STAFF_COLORS.join(', ')} (default: teal)`)
    .addHelpText('after', '\nExample:\n  regulars staff add --name "Sam Okafor" --color grape')
    .action((options: AddOptions, command: Command) => {
      const input = toStaffInput(options);
      const { path, json, out } = invocationOf(command, context);
      const added = withCore(path, context.io, json, (core) => request(core, 'staff:create', input));
      out.result(
        added,
        () => `Added ${added.displayName} (${added.initials}, ${added.color}; id ${added.id}).`,
      );
    });

  staff
    .command('list')
    .description('list the active staff by name; --all adds those who have left')
    .option('--all', 'include deactivated staff')
    .action((options: { all?: boolean }, command: Command) => {
      const { path, json, out } = invocationOf(command, context);
      const includeInactive = options.all === true;
      const list = withCore(path, context.io, json, (core) =>
        request(core, 'staff:list', { includeInactive }),
      );
      out.result(list, () =>
        list.length === 0
          ? `No ${includeInactive ? '' : 'active '}staff yet. Add someone with: regulars staff add --name "Sam Okafor"`
          : staffTable(list),
      );
    });
}
