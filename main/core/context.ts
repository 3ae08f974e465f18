import type { EventName, EventPayload } from '../../shared/ipc/contract.ts';
import type { Db } from './db/open.ts';

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** What every service function receives: the connection, the clock, and where change events go. */
export interface CoreContext {
  db: Db;
  databasePath: string;
  now: () => number;
  emit: Emit;
}
