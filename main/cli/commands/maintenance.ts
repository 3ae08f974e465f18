import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { backupTo } from '../../core/db/backup.ts';
import { checkDatabase } from '../../core/db/check.ts';
import { AppError } from '../../core/errors.ts';
import { EXIT_FAILURE, invalidInput } from '../cli-error.ts';
import { fromCoreError } from '../field-labels.ts';
import { invocationOf, type CliContext } from '../run-context.ts';
import { openDb, withDb } from '../session.ts';

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
    .command('backup')
    .description('copy the database to a new file and verify the copy')
    .requiredOption('--out <file>', 'where to write the backup; must not exist yet')
    .action((options: { out: string }, command: Command) => {
      if (options.out.trim() === '') throw invalidInput('--out: needs a file name', 'out');
      const { path, out } = invocationOf(command, context);
      const report = withDb(path, (db) => coreErrorsAsCli(() => backupTo(db, options.out)));
      out.result(
        report,
        () =>
          `Backed up ${path} to ${report.path} (${report.bytes} bytes, schema version ${report.schemaVersion}).`,
      );
    });

  program
    .command('check')
    .description('run SQLite integrity and foreign-key checks; exits 1 when there are problems')
    .action((_options: unknown, command: Command) => {
      const { path, out } = invocationOf(command, context);
      const report = withDb(path, (db) => checkDatabase(db));
      if (!report.ok) context.exitCode = EXIT_FAILURE;
      out.result({ path, ...report }, () =>
        report.ok
          ? `${path}: no problems found.`
          : [`${path}: ${report.problems.length} problem(s):`, ...report.problems.map((p) => `  ${p}`)].join(
              '\n',
            ),
      );
    });
}

/** The db functions throw the core's AppError; the CLI reports it like any other core error. */
function coreErrorsAsCli<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof AppError) throw fromCoreError(error.toData());
    throw error;
  }
}
