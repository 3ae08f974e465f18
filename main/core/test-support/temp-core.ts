import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core, type CoreOptions } from '../core.ts';
import { TEST_ACTOR } from './test-actor.ts';

export { TEST_ACTOR } from './test-actor.ts';

export interface TempCore extends Core {
  dir: string;
  dbPath: string;
  /** Every change event emitted since the core opened, in order. */
  events: { event: string; payload: unknown }[];
  dispose(): void;
}

export function makeTempDir(prefix = 'regulars-test-'): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TempCoreOptions extends CoreOptions {
  /** false: nobody signed in, as the app starts (sign-in and permission tests). Default: TEST_ACTOR. */
  signedIn?: boolean;
}

/**
 * A real core on a real SQLite file in a fresh temp folder, removed by dispose(). It acts with the
 * owner's rights (TEST_ACTOR) unless `signedIn: false`; regulars.key, if a PIN is set, lands in
 * the same folder.
 */
export function makeTempCore({ signedIn = true, ...options }: TempCoreOptions = {}): TempCore {
  const temp = makeTempDir();
  const dbPath = join(temp.dir, 'regulars.db');
  const core = createCore(dbPath, { log: () => {}, ...(signedIn ? { actor: TEST_ACTOR } : {}), ...options });
  const events: TempCore['events'] = [];
  core.subscribe((event, payload) => events.push({ event, payload }));
  return {
    ...core,
    dir: temp.dir,
    dbPath,
    events,
    dispose() {
      core.close();
      temp.dispose();
    },
  };
}

/**
 * Row counts of every table: a cheap fingerprint for "nothing changed". The audit trail is left
 * out: it grows with every successful change, an undo included, so a round trip that leaves the
 * data as it was still adds entries; the audit tests check it on its own.
 */
export function tableCounts(core: Core): Record<string, number> {
  const tables = core.ctx.db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'customers_search%' AND name <> 'audit_log' ORDER BY name",
    )
    .all();
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      core.ctx.db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM "${name}"`).get()?.n ?? 0,
    ]),
  );
}
