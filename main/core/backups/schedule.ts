import type { Core } from '../core.ts';
import { namedBackups } from './backup-files.ts';
import { backupsFolderOf, ROTATED_KINDS } from './backup-names.ts';
import { backupStateOf } from './backup-state.ts';
import { backUpNow } from '../services/backups.ts';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** Checked hourly rather than one 24-hour timer, which a sleeping laptop would stretch. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export interface ScheduleOptions {
  checkEveryMs?: number;
  log?: (message: string) => void;
}

/**
 * Automatic backups for long-running hosts: one at start, then one whenever the newest backup
 * is a day old. Each runs in the background (see takeBackup); a failure is kept for Settings
 * and logged. Returns the stop function. Nothing is backed up while the file is damaged.
 */
export function startBackupSchedule(core: Pick<Core, 'ctx'>, options: ScheduleOptions = {}): () => void {
  const { ctx } = core;
  const log = options.log ?? ((message: string) => console.warn(message));
  let stopped = false;
  const run = () => {
    const state = backupStateOf(ctx);
    if (state.health.state === 'damaged' || state.running) return;
    backUpNow(ctx, 'automatic').catch((error: unknown) => {
      // After stop() the host is quitting and closed the database under the copy: not a failure.
      if (stopped) return;
      log(`[regulars] automatic backup failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  };
  const newestAt = () =>
    namedBackups(backupsFolderOf(ctx.databasePath)).find((backup) => ROTATED_KINDS.has(backup.kind))
      ?.takenAt ?? -Infinity;
  run();
  const timer = setInterval(() => {
    if (ctx.now() - newestAt() >= DAY_MS) run();
  }, options.checkEveryMs ?? CHECK_EVERY_MS);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
