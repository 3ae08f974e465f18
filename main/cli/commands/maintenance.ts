import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { verifyAuditChain } from '../../core/db/audit-chain.ts';
import { foreignKeyProblems } from '../../core/db/check.ts';
import { checkFileNow } from '../../core/db/check-file.ts';
import { EXIT_FAILURE } from '../cli-error.ts';
import { invocationOf, type CliContext } from '../run-context.ts';
import { openDb, requireExisting, withDb } from '../session.ts';

export function registerMaintenanceCommands(program: Command, context: CliContext): void {
  program
    .command('init')
    .description('create the database, or bring an existing one up to date')
    .action((_options: unknown, command: Command) => {
      const { path, out } = invocationOf(command, context);
      const created = !existsSync(path);
      const db = openDb(path);
      let schemaVersion: number;
      try {
        schemaVersion = db.pragma('user_version', { simple: true }) as number;
      } finally {
        db.close();
      }
      out.result({ path, schemaVersion, created }, () =>
        created
          ? `Created ${path} (schema version ${schemaVersion}).`
          : `${path} is ready (schema version ${schemaVersion}).`,
      );
    });

  program
    .command('check')
    .description(
      "check the database: SQLite integrity_check on a read-only connection, then foreign keys and the audit trail's hash chain; exits 1 on problems",
    )
    .option('--quick', "run quick_check, the app's check at start, instead of the full integrity_check")
    .action((options: { quick?: boolean }, command: Command) => {
      const { path, out } = invocationOf(command, context);
      requireExisting(path);
      const pragma = options.quick === true ? 'quick_check' : 'integrity_check';
      // Read-only and before anything else: a damaged file must not be opened for writing.
      const integrity = checkFileNow(path, pragma);
      const later = integrity.ok
        ? withDb(path, (db) => ({
            foreignKeys: foreignKeyProblems(db),
            audit: verifyAuditChain(db).problems,
          }))
        : undefined;
      const foreignKeys = later?.foreignKeys;
      const auditChain = later?.audit;
      const problems = [...integrity.problems, ...(foreignKeys ?? []), ...(auditChain ?? [])];
      const ok = problems.length === 0;
      const verdict = (found: readonly string[] | undefined) =>
        found === undefined ? 'skipped' : found.length === 0 ? 'ok' : `${found.length} problem(s)`;
      const checks = {
        [pragma]: verdict(integrity.problems),
        foreign_key_check: verdict(foreignKeys),
        audit_chain: verdict(auditChain),
      };
      if (!ok) context.exitCode = EXIT_FAILURE;
      out.result({ path, ok, problems, checks }, () =>
        [
          ok ? `${path}: no problems found.` : `${path}: ${problems.length} problem(s):`,
          ...problems.map((problem) => `  ${problem}`),
          ...Object.entries(checks).map(([name, result]) => `${name}: ${result}`),
          ...(integrity.ok
            ? []
            : [
                'The file is damaged. See the backups with "regulars backup list" and restore one with "regulars backup restore FILE".',
              ]),
        ].join('\n'),
      );
    });
}
