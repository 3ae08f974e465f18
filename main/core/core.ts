import type { EventName, EventPayload } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/ipc/result.ts';
import { dispatch, type Logger } from './api/dispatch.ts';
import type { CoreContext } from './context.ts';
import { backupStateOf } from './backups/backup-state.ts';
import { openStandIn } from './backups/stand-in.ts';
import { openDatabase, type OpenOptions } from './db/open.ts';
import { purgeExpiredTrash } from './services/trash.ts';
import { startLoyaltySweeps } from './loyalty/sweep.ts';

export type CoreListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface Core {
  ctx: CoreContext;
  call(channel: unknown, input: unknown): Result<unknown>;
  /** Subscribes to change events; returns the unsubscribe. */
  subscribe(listener: CoreListener): () => void;
  close(): void;
}

export interface CoreOptions extends OpenOptions {
  now?: () => number;
  log?: Logger;
  /**
   * What quick_check found wrong with the file (see openCoreChecked). The file is then not
   * opened at all: the core runs on an empty read-only stand-in until a backup is restored.
   */
  damage?: readonly string[];
}

/** Opens the database and wires services, events and the dispatcher: what the app, web and CLI share. */
export function createCore(databasePath: string, options: CoreOptions = {}): Core {
  const db = options.damage ? openStandIn() : openDatabase(databasePath, options);
  const listeners = new Set<CoreListener>();
  const ctx: CoreContext = {
    db,
    databasePath,
    now: options.now ?? Date.now,
    emit: (event, payload) => {
      for (const listener of listeners) listener(event, payload);
    },
  };
  if (options.damage) {
    backupStateOf(ctx).health = { state: 'damaged', problems: [...options.damage] };
  } else {
    try {
      purgeExpiredTrash(ctx);
    } catch (error) {
      // The trash waits for the next start rather than keeping the shop from opening.
      (options.log ?? console.warn)(`[regulars] emptying the trash failed: ${String(error)}`);
    }
  }
  // Points that expire and tiers that end by time passing are caught up now, then every hour.
  const stopLoyaltySweeps = startLoyaltySweeps(ctx, options.log ?? console.warn);
  return {
    ctx,
    call: (channel, input) => dispatch(ctx, channel, input, options.log),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      stopLoyaltySweeps();
      // ctx.db, not the first connection: a restore reopens the core on the restored file.
      if (ctx.db.open) ctx.db.close();
    },
  };
}
