import type { CoreContext } from '../context.ts';

export type Health = { state: 'ok' } | { state: 'damaged'; problems: string[] };

export type JobKind = 'backup' | 'restore';

export interface JobOutcome {
  job: JobKind;
  ok: boolean;
  message: string;
  at: number;
}

export interface SecondCopyOutcome {
  ok: boolean;
  message: string;
  at: number;
}

/** What the backups module remembers per open core, beside the database it looks after. */
export interface BackupState {
  health: Health;
  running: JobKind | null;
  /** How the last backup or restore ended, for Settings to show. */
  lastOutcome: JobOutcome | null;
  secondCopy: SecondCopyOutcome | null;
}

// Kept here rather than on CoreContext: only this module reads it, and a core that never backs
// up (a CLI command, a test) never creates it.
const states = new WeakMap<CoreContext, BackupState>();

export function backupStateOf(ctx: CoreContext): BackupState {
  let state = states.get(ctx);
  if (!state) {
    state = { health: { state: 'ok' }, running: null, lastOutcome: null, secondCopy: null };
    states.set(ctx, state);
  }
  return state;
}

export function isDamaged(ctx: CoreContext): boolean {
  return states.get(ctx)?.health.state === 'damaged';
}
