import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findDamage } from '../core/backups/open-checked.ts';
import { checkFileNow } from '../core/db/check-file.ts';
import { fsyncFile } from '../core/db/durable-file.ts';
import type { Db } from '../core/db/open.ts';
import { backUpNow, restoreBackup } from '../core/services/backups.ts';
import { single, timeMs } from './measure.ts';
import type { Loaded } from './operations.ts';
import { result, type OperationResult } from './report.ts';

// Data that survives: what a backup, the start-up check and a restore cost on a big shop. The
// project's versions run in the background (online backup API, checks in a worker), so beside
// the wall time they report the longest pause the counter would have felt.

async function timeAsync<T>(
  work: () => Promise<T>,
): Promise<{ ms: number; value: T; longestPauseMs: number }> {
  let longestPauseMs = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    longestPauseMs = Math.max(longestPauseMs, now - last);
    last = now;
  }, 1);
  const started = performance.now();
  try {
    const value = await work();
    return {
      ms: performance.now() - started,
      value,
      longestPauseMs: Math.max(longestPauseMs, performance.now() - last),
    };
  } finally {
    clearInterval(ticker);
  }
}

const fmt = (ms: number) => `${Math.round(ms)} ms`;

/** A verified backup into the backups folder; baseline: VACUUM INTO, fsync and integrity_check, in-line. */
export async function measureBackup(
  loaded: Loaded,
  baselineDb: Db,
  folder: string,
): Promise<OperationResult> {
  const taken = await timeAsync(() => backUpNow(loaded.core.ctx, 'manual'));
  const copy = join(folder, 'baseline-backup.db');
  const baselineMs = timeMs(() => {
    baselineDb.prepare('VACUUM INTO ?').run(copy);
    fsyncFile(copy); // a backup only counts once it is on the disk, in both
    if (!checkFileNow(copy, 'integrity_check').ok) throw new Error('baseline copy failed its check');
  });
  rmSync(copy, { force: true });
  return result('verified backup', { project: single(taken.ms), baseline: single(baselineMs) }, null, [
    `${(taken.value.bytes / 1e6).toFixed(0)} MB; longest pause of the event loop meanwhile ${fmt(taken.longestPauseMs)}`,
    '(the baseline blocks for all of it): online backup API, then integrity_check in a worker.',
  ]);
}

/** The check at every start; baseline: the same pragma on the main thread. */
export async function measureStartCheck(loaded: Loaded, baselineDb: Db): Promise<OperationResult> {
  const checked = await timeAsync(() => findDamage(loaded.core.ctx.databasePath));
  if (checked.value !== undefined) throw new Error(`quick_check found damage: ${checked.value.join('; ')}`);
  const baselineMs = timeMs(() => baselineDb.pragma('quick_check'));
  return result('quick_check at start', { project: single(checked.ms), baseline: single(baselineMs) }, null, [
    `in a worker on a read-only connection; longest pause meanwhile ${fmt(checked.longestPauseMs)}.`,
  ]);
}

/** Restoring the backup just taken; baseline: copying the file, fsync and checking it, in-line. */
export async function measureRestore(loaded: Loaded, folder: string): Promise<OperationResult> {
  const backup = await backUpNow(loaded.core.ctx, 'manual');
  const restored = await timeAsync(() => restoreBackup(loaded.core.ctx, backup.path));
  const scratch = join(folder, 'baseline-restore');
  mkdirSync(scratch, { recursive: true });
  const baselineMs = timeMs(() => {
    copyFileSync(backup.path, join(scratch, 'copy.db'));
    fsyncFile(join(scratch, 'copy.db'));
    checkFileNow(join(scratch, 'copy.db'), 'integrity_check');
  });
  rmSync(scratch, { recursive: true, force: true });
  return result('restore a backup', { project: single(restored.ms), baseline: single(baselineMs) }, null, [
    `copy and integrity_check beside the database, then close, swap and reopen; longest pause ${fmt(restored.longestPauseMs)}.`,
  ]);
}
