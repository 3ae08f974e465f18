import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { listBackupFiles, type BackupFile } from '../../core/backups/backup-files.ts';
import { backupsFolderOf } from '../../core/backups/backup-names.ts';
import { backupStateOf } from '../../core/backups/backup-state.ts';
import { openCoreChecked } from '../../core/backups/open-checked.ts';
import { createCore, type Core } from '../../core/core.ts';
import { backupTo } from '../../core/db/backup.ts';
import { AppError } from '../../core/errors.ts';
import { backUpNow, restoreBackup } from '../../core/services/backups.ts';
import { CliError, invalidInput } from '../cli-error.ts';
import { fromCoreError } from '../field-labels.ts';
import { formatWhen, table } from '../format.ts';
import { invocationOf, type CliContext } from '../run-context.ts';
import { requireExisting, withDb } from '../session.ts';

// `regulars backup now | list | restore FILE`: the same verified, rotated backups the app takes,
// in the same `backups` folder beside the database. `backup --out FILE` writes one copy anywhere.

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function coreError(error: unknown): unknown {
  return error instanceof AppError ? fromCoreError(error.toData()) : error;
}

async function withCoreAsync<T>(
  open: () => Promise<Core> | Core,
  work: (core: Core) => Promise<T>,
): Promise<T> {
  let core: Core;
  try {
    core = await open();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError('cannot_open_database', message);
  }
  try {
    return await work(core);
  } catch (error) {
    throw coreError(error);
  } finally {
    core.close();
  }
}

/** FILE as `backup list` names it (in the backups folder), or a path to any backup file. */
function resolveBackup(dbPath: string, file: string): string {
  if (file.trim() === '')
    throw invalidInput('FILE: needs a backup file name, see "regulars backup list"', 'file');
  const listed = join(backupsFolderOf(dbPath), file);
  if (basename(file) === file && existsSync(listed)) return listed;
  const path = resolve(file);
  if (!existsSync(path)) {
    throw invalidInput(
      `FILE: '${file}' is neither a backup in ${backupsFolderOf(dbPath)} nor a file`,
      'file',
    );
  }
  return path;
}

function describe(backup: BackupFile): string {
  const customers =
    backup.customers === null ? 'unreadable' : `${backup.customers.toLocaleString('en')} customers`;
  return `${backup.path} (${megabytes(backup.bytes)}, ${customers})`;
}

export function registerBackupCommands(program: Command, context: CliContext): void {
  const backup = program
    .command('backup')
    .description('take, list and restore verified backups (kept in a "backups" folder beside the database)')
    .option('--out <file>', 'write one verified copy to this file instead (it must not exist yet)')
    .action((options: { out?: string }, command: Command) => {
      if (options.out === undefined) {
        throw invalidInput(
          'say what to do: "backup now", "backup list", "backup restore FILE" or "backup --out FILE"',
        );
      }
      if (options.out.trim() === '') throw invalidInput('--out: needs a file name', 'out');
      const out = options.out;
      const { path, out: print } = invocationOf(command, context);
      const report = withDb(path, (db) => {
        try {
          return backupTo(db, out);
        } catch (error) {
          throw coreError(error);
        }
      });
      print.result(
        report,
        () =>
          `Backed up ${path} to ${report.path} (${report.bytes} bytes, schema version ${report.schemaVersion}).`,
      );
    });

  backup
    .command('now')
    .description(
      'take a verified backup now, rotate old ones, and copy it to the second folder if one is set',
    )
    .action(async (_options: unknown, command: Command) => {
      const { path, out } = invocationOf(command, context);
      requireExisting(path);
      const { taken, secondCopy } = await withCoreAsync(
        () => createCore(path, { log: () => {} }),
        async (core) => ({
          taken: await backUpNow(core.ctx, 'manual'),
          secondCopy: backupStateOf(core.ctx).secondCopy,
        }),
      );
      out.result({ ...taken, secondCopy }, () =>
        [`Backed up and verified: ${describe(taken)}.`, ...(secondCopy ? [secondCopy.message] : [])].join(
          '\n',
        ),
      );
      if (secondCopy && !secondCopy.ok) context.exitCode = 1;
    });

  backup
    .command('list')
    .description('list the backups beside the database, newest first')
    .action((_options: unknown, command: Command) => {
      const { path, out } = invocationOf(command, context);
      const folder = backupsFolderOf(path);
      const backups = listBackupFiles(folder);
      out.result({ folder, backups }, () =>
        backups.length === 0
          ? `No backups in ${folder} yet. Take one with: regulars backup now`
          : [
              table(
                ['FILE', 'KIND', 'TAKEN', 'SIZE', 'CUSTOMERS'],
                backups.map((b) => [
                  b.file,
                  b.kind,
                  formatWhen(b.takenAt),
                  megabytes(b.bytes),
                  b.customers === null ? '?' : b.customers.toLocaleString('en'),
                ]),
              ),
              `${backups.length} in ${folder}. Restore one with: regulars backup restore FILE`,
            ].join('\n'),
      );
    });

  backup
    .command('restore')
    .description('replace the database with a backup; the current one is kept as a backup first')
    .argument('<file>', 'a file name from "backup list", or the path of a backup file')
    .action(async (file: string, _options: unknown, command: Command) => {
      const { path, out } = invocationOf(command, context);
      const source = resolveBackup(path, file);
      // Checked first: a damaged database is set aside untouched instead of being opened.
      const report = await withCoreAsync(
        () => openCoreChecked(path, { log: () => {} }),
        (core) => restoreBackup(core.ctx, source),
      );
      out.result(
        report,
        () =>
          `Restored ${report.restoredFrom} into ${path}.\n` +
          `The database as it was is kept as ${report.savedAs}; undo with: regulars backup restore ${report.savedAs}`,
      );
    });
}
