import type { EventName, EventPayload } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/ipc/result.ts';
import { dispatch, dispatchNow, type Logger } from './api/dispatch.ts';
import type { CoreContext, HostActor, HostCapabilities } from './context.ts';
import { backupStateOf } from './backups/backup-state.ts';
import { openStandIn } from './backups/stand-in.ts';
import { openDatabase, type OpenOptions } from './db/open.ts';
import { purgeExpiredTrash } from './services/trash.ts';
import { startLoyaltySweeps } from './loyalty/sweep.ts';

export type CoreListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface Core {
  ctx: CoreContext;
  /** One call, answered at once; channels that check a PIN (async in the contract) are refused. */
  call(channel: unknown, input: unknown): Result<unknown>;
  /** What the transports use: every channel, answered at once or with a promise for the async ones. */
  invoke(channel: unknown, input: unknown): Result<unknown> | Promise<Result<unknown>>;
  /** Subscribes to change events; returns the unsubscribe. */
  subscribe(listener: CoreListener): () => void;
  close(): void;
}

export interface CoreOptions extends OpenOptions {
  now?: () => number;
  log?: Logger;
  /**
  /**
   * What quick_check found wrong with the file (see openCoreChecked). The file is then not
   * opened at all: the core runs on an empty read-only stand-in until a backup is restored.
   */
  damage?: readonly string[];
  /**
   * A trusted host that opened the database itself and acts with the owner's rights (the CLI as
   * "CLI (alice)", tests). Left out, as by the desktop app and the browser mode, nobody is
   * signed in until someone enters a PIN.
   */
  actor?: HostActor;
  /** The host's extras (the desktop shell's file manager); none in the browser mode, CLI and tests. */
  host?: HostCapabilities;
}

/** Opens the database and wires services, events and the dispatcher: what the app, web and CLI share. */
export function createCore(databasePath: string, options: CoreOptions = {}): Core {
  const db = options.damage ? openStandIn() : openDatabase(databasePath, options);
  const listeners = new Set<CoreListener>();
  const now = options.now ?? Date.now;
  const ctx: CoreContext = {
    db,
    databasePath,
    now,
    emit: (event, payload) => {
      for (const listener of listeners) listener(event, payload);
    },
    session: { actor: null, lastActivityAt: now(), lastStaffId: null, checking: new Set() },
    host: options.host ?? {},
  };
  if (options.damage) {
    backupStateOf(ctx).health = { state: 'damaged', problems: [...options.damage] };
    ctx.session.actor = options.actor ?? null;
  } else {
    try {
      // The audit trail names the 30-day rule, not whoever happens to open the app that day.
      ctx.session.actor = { kind: 'host', label: 'Regulars (30-day trash)' };
      purgeExpiredTrash(ctx);
    } catch (error) {
      // The trash waits for the next start rather than keeping the shop from opening.
      (options.log ?? console.warn)(`[regulars] emptying the trash failed: ${String(error)}`);
    } finally {
      ctx.session.actor = options.actor ?? null;
    }
  }
  // Points that expire and tiers that end by time passing are caught up now, then every hour.
  const stopLoyaltySweeps = startLoyaltySweeps(ctx, options.log ?? console.warn);
  return {
    ctx,
    call: (channel, input) => dispatchNow(ctx, channel, input, options.log),
    invoke: (channel, input) => dispatch(ctx, channel, input, options.log),
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
