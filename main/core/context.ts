import type { EventName, EventPayload } from '../../shared/ipc/contract.ts';
import type { Db } from './db/open.ts';

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/**
 * Who the core acts for. A staff member signs in with their PIN (auth:signIn); a host is a
 * trusted program that opened the database itself (the CLI, a test) and acts with the owner's
 * rights, since whoever can open the file could read it anyway.
 */
export type Actor = { kind: 'staff'; staffId: string } | HostActor;
export interface HostActor {
  kind: 'host';
  /** How the audit trail names it: "CLI (alice)". */
  label: string;
}

/**
 * The sign-in state of this running app (one Electron main process, one browser-mode server run).
 * It lives in memory only: nothing in the database, and nothing a caller can set, says who is
 * signed in; only a PIN checked by the core (or the host that opened it) does.
 */
export interface SessionState {
  actor: Actor | null;
  /** When the signed-in person was last seen at the keyboard; drives the idle auto-lock. */
  lastActivityAt: number;
  /** Who was signed in before the last lock, offered first on the lock screen. */
  lastStaffId: string | null;
  /** Staff whose PIN is being checked right now: a second guess must wait for the first answer. */
  checking: Set<string>;
}

/** What every service function receives: the connection, the clock, the session and where events go. */
/** What the program hosting the core can do for it beyond the database: the desktop shell's extras. */
export interface HostCapabilities {
  /** Reveals a file in the file manager (Electron's shell.showItemInFolder), never opens it. */
  showInFolder?: (path: string) => void;
}

export interface CoreContext {
  db: Db;
  databasePath: string;
  now: () => number;
  emit: Emit;
  session: SessionState;
  host: HostCapabilities;
}
