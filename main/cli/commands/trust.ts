import type { Command } from 'commander';
import { existsSync, writeFileSync } from 'node:fs';
import { secretSchema } from '../../../shared/domain/auth.ts';
import { STAFF_ROLES, type Staff } from '../../../shared/domain/staff.ts';
import type { Core } from '../../core/core.ts';
import { AppError } from '../../core/errors.ts';
import { deleteAllCredentials } from '../../core/repos/credentials-repo.ts';
import { recordAudit } from '../../core/services/audit.ts';
import { keyToSet, storeSecret, unlockStaff } from '../../core/services/credentials.ts';
import { createPinKey, keyPathFor } from '../../core/services/pin-key.ts';
import { hashSecretSync } from '../../core/services/secret-hash.ts';
import { listStaff, setStaffRole } from '../../core/services/staff.ts';
import { CliError, invalidInput } from '../cli-error.ts';
import { fromCoreError } from '../field-labels.ts';
import { table } from '../format.ts';
import { parseChoice, parseWholeNumber } from '../options.ts';
import { invocationOf, type CliContext } from '../run-context.ts';
import { request, withCore } from '../session.ts';
import { resolveStaff } from './staff.ts';

/** The core's own errors, reported like any other CLI error. */
function coreErrorsAsCli<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof AppError) throw fromCoreError(error.toData());
    throw error;
  }
}

function findStaff(core: Core, typed: string): Staff {
  return resolveStaff(listStaff(core.ctx, true), typed);
}

/** The first line of standard input: a PIN never goes on the command line, where history and ps keep it. */
function readSecret(context: CliContext): string {
  const text = context.io.readStdin?.() ?? '';
  const secret = text.split(/\r?\n/)[0] ?? '';
  if (secret === '') {
    throw invalidInput(
      'no PIN on standard input; pipe it in, e.g.: echo 4821 | regulars staff set-pin sam',
      'secret',
    );
  }
  const parsed = secretSchema.safeParse(secret);
  if (!parsed.success)
    throw invalidInput(`PIN: ${parsed.error.issues[0]?.message ?? 'is not valid'}`, 'secret');
  return secret;
}

/**
 * --new-key: regulars.key is lost, so every PIN made with it is useless. Only then a new key is
 * made, and only on purpose: the old PINs are cleared (and the trail says so), never quietly.
 */
function newKeyFor(core: Core): ReturnType<typeof createPinKey> {
  const path = keyPathFor(core.ctx.databasePath);
  if (existsSync(path)) {
    throw new CliError(
      'conflict',
      `${path} is there; --new-key is only for a lost key file. Leave out --new-key, or move that file away first.`,
    );
  }
  const key = createPinKey(path);
  core.ctx.db.transaction(() => {
    const cleared = deleteAllCredentials(core.ctx.db);
    recordAudit(core.ctx, {
      action: 'auth.newKey',
      subjectType: 'key',
      subjectId: key.id,
      summary: `Made a new PIN key file; cleared ${cleared} PIN(s) made with the lost one`,
    });
  })();
  return key;
}

function registerStaffTrustCommands(staff: Command, context: CliContext): void {
  staff
    .command('set-pin')
    .description("set or reset someone's PIN or password, read from standard input")
    .argument('<staff>', 'name or id of an active staff member')
    .option('--new-key', 'the key file regulars.key was lost: make a new one and clear every other PIN')
    .addHelpText('after', '\nExample:\n  echo 4821 | regulars staff set-pin "Sam Okafor"')
    .action((typed: string, options: { newKey?: boolean }, command: Command) => {
      const secret = readSecret(context);
      const { path, json, out } = invocationOf(command, context);
      const state = withCore(path, context.io, json, (core) =>
        coreErrorsAsCli(() => {
          const member = findStaff(core, typed);
          const key = options.newKey ? newKeyFor(core) : keyToSet(core.ctx);
          return { member, state: storeSecret(core.ctx, member.id, hashSecretSync(secret, key)) };
        }),
      );
      out.result(
        state.state,
        () =>
          `Set the ${state.state.secretKind === 'pin' ? 'PIN' : 'password'} of ${state.member.displayName}.`,
      );
    });

  staff
    .command('unlock')
    .description('lift a lockout after too many wrong PINs')
    .argument('<staff>', 'name or id')
    .action((typed: string, _options: unknown, command: Command) => {
      const { path, json, out } = invocationOf(command, context);
      const result = withCore(path, context.io, json, (core) =>
        coreErrorsAsCli(() => {
          const member = findStaff(core, typed);
          return { member, state: unlockStaff(core.ctx, member.id) };
        }),
      );
      out.result(result.state, () => `${result.member.displayName} can sign in again.`);
    });

  staff
    .command('role')
    .description(`make someone ${STAFF_ROLES.join(', ')}`)
    .argument('<staff>', 'name or id')
    .argument('<role>', STAFF_ROLES.join(' | '))
    .action((typed: string, roleText: string, _options: unknown, command: Command) => {
      const role = parseChoice('ROLE', 'role', roleText, STAFF_ROLES);
      const { path, json, out } = invocationOf(command, context);
      const updated = withCore(path, context.io, json, (core) =>
        coreErrorsAsCli(() => setStaffRole(core.ctx, { staffId: findStaff(core, typed).id, role })),
      );
      out.result(updated, () => `${updated.displayName} is now ${updated.role}.`);
    });
}

function registerAuditCommands(program: Command, context: CliContext): void {
  const audit = program.command('audit').description('the audit trail: who did what, and when');

  audit
    .command('list')
    .description('the newest entries first')
    .option('--limit <n>', 'how many (1-500, default 50)', '50')
    .option('--category <name>', 'only one kind: customer, interaction, auth, staff, settings, …')
    .option('--customer <id>', 'only what concerns one customer')
    .action((options: { limit: string; category?: string; customer?: string }, command: Command) => {
      const limit = parseWholeNumber('--limit', 'limit', options.limit, { min: 1, max: 500 });
      const { path, json, out } = invocationOf(command, context);
      const page = withCore(path, context.io, json, (core) =>
        request(core, 'audit:list', {
          limit,
          ...(options.category === undefined ? {} : { category: options.category }),
          ...(options.customer === undefined ? {} : { customerId: options.customer }),
        }),
      );
      out.result(page, () =>
        page.items.length === 0
          ? 'The audit trail has no matching entries.'
          : table(
              ['#', 'TIME (UTC)', 'WHO', 'ACTION', 'SUMMARY'],
              page.items.map((entry) => [
                String(entry.seq),
                new Date(entry.at).toISOString().slice(0, 19).replace('T', ' '),
                entry.actorLabel,
                entry.action,
                entry.summary,
              ]),
            ),
      );
    });

  audit
    .command('export')
    .description('write the whole trail to a file (the export is itself recorded)')
    .requiredOption('--out <file>', 'where to write it; must not exist yet')
    .option('--format <format>', 'csv or json (default csv)', 'csv')
    .action((options: { out: string; format: string }, command: Command) => {
      const format = parseChoice('--format', 'format', options.format, ['csv', 'json'] as const);
      if (options.out.trim() === '') throw invalidInput('--out: needs a file name', 'out');
      if (existsSync(options.out)) {
        throw new CliError('conflict', `${options.out} already exists; choose a new file name.`, 'out');
      }
      const { path, json, out } = invocationOf(command, context);
      const file = withCore(path, context.io, json, (core) => request(core, 'audit:export', { format }));
      writeFileSync(options.out, file.content, { flag: 'wx' });
      out.result(
        { path: options.out, rows: file.rows },
        () => `Wrote ${file.rows} audit entries to ${options.out}.`,
      );
    });
}

/** Staff PINs, roles and lockouts, and the audit trail, from the command line (the owner's tool). */
export function registerTrustCommands(program: Command, context: CliContext): void {
  const staff = program.commands.find((command) => command.name() === 'staff');
  if (staff) registerStaffTrustCommands(staff, context);
  registerAuditCommands(program, context);
}
