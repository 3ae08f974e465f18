import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCore } from '../core.ts';
import { makeTempDir } from '../test-support/temp-core.ts';
import { TEST_ACTOR } from '../test-support/test-actor.ts';

// What SQLite's own crash tests do, on our code: a child process runs a write storm through the
// real core and is killed with SIGKILL at a random moment, 50 times, each time a fresh process on
// the database the last one left. After every kill the database must hold every write the child
// acknowledged, no transaction in part, and pass integrity_check. Two databases take turns with
// the trials so that one child starts while the other is killed (starting Node is most of a trial).

const CHILD = join(import.meta.dirname, '..', 'test-support', 'write-storm-child.ts');
const TRIALS = 50;
const SEED = Number(process.env.CRASH_SEED ?? 20261122);

const CHAINS = 2;
let temp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  temp = makeTempDir();
  for (let chain = 0; chain < CHAINS; chain++)
    createCore(dbPathOf(chain), { log: () => {}, actor: TEST_ACTOR }).close();
});
afterAll(() => temp.dispose());

const dbPathOf = (chain: number) => join(temp.dir, `regulars-${chain}.db`);

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Acknowledged {
  customers: string[];
  interactions: string[];
  groups: Map<string, string[]>;
  committedGroups: string[];
}

/** Runs one child, kills it `delayMs` after its first write, and returns how many writes it acknowledged. */
async function killDuringStorm(
  dbPath: string,
  trial: number,
  delayMs: number,
  into: Acknowledged,
): Promise<number> {
  const child = spawn(process.execPath, [CHILD, dbPath, String(trial)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // Starting Node and loading the core is most of a trial; V8's code cache halves it.
    env: { ...process.env, NODE_COMPILE_CACHE: join(temp.dir, 'compile-cache') },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  let writes = 0;
  for await (const line of createInterface({ input: child.stdout })) {
    const [kind, id = '', ...rest] = line.split(' ');
    // Timed from the first acknowledged write, so that even on a loaded machine, where starting
    // Node takes seconds, every kill lands in the middle of the storm.
    if (kind === 'C' && writes === 0) setTimeout(() => child.kill('SIGKILL'), delayMs);
    if (kind === 'C') into.customers.push(id);
    else if (kind === 'I') into.interactions.push(id);
    else if (kind === 'P') into.groups.set(id, rest);
    else if (kind === 'T') into.committedGroups.push(id);
    if (kind !== 'ready') writes++;
  }
  expect(await exited, `trial ${trial} ended by itself: ${stderr}`).toBe('SIGKILL');
  return writes;
}

function expectConsistent(dbPath: string, ack: Acknowledged, where: string): void {
  // A normal connection, as the app's next start: it recovers the WAL the killed child left.
  const db = new Database(dbPath);
  try {
    expect(db.pragma('integrity_check', { simple: true }), where).toBe('ok');
    expect(db.pragma('foreign_key_check'), where).toEqual([]);
    const ids = new Set(db.prepare<[], string>('SELECT id FROM customers').pluck().all());
    const interactions = new Set(db.prepare<[], string>('SELECT id FROM interactions').pluck().all());
    for (const id of ack.customers) expect(ids.has(id), `${where}: acknowledged customer ${id}`).toBe(true);
    for (const id of ack.interactions) {
      expect(interactions.has(id), `${where}: acknowledged interaction ${id}`).toBe(true);
    }
    // Every customer there is whole, acknowledged or not: its tags, consents, search entry and visit facts.
    const torn = db
      .prepare(
        `SELECT c.id,
           (SELECT count(*) FROM customer_tags t JOIN tags g ON g.id = t.tag_id
             WHERE t.customer_id = c.id AND g.name NOT LIKE 'group-%') AS tags,
           (SELECT count(*) FROM customer_consents k WHERE k.customer_id = c.id) AS consents,
           c.total_spend_minor AS spend,
           (SELECT coalesce(sum(amount_minor), 0) FROM interactions i WHERE i.customer_id = c.id) AS logged
         FROM customers c
         WHERE tags <> 3 OR consents <> 2 OR spend <> logged`,
      )
      .all();
    expect(torn, `${where}: customers saved in part`).toEqual([]);
    const counter = db.prepare("SELECT value FROM counters WHERE name = 'live_customers'").pluck().get();
    expect(counter, `${where}: the live counter`).toBe(ids.size);
    const indexed = db
      .prepare(`SELECT count(*) FROM customers_search WHERE customers_search MATCH 'storm'`)
      .pluck()
      .get();
    expect(indexed, `${where}: search index entries`).toBe(ids.size);
    // A tag given to five customers at once is on all five or on none.
    const withTag = db.prepare<[string], string>(
      'SELECT t.customer_id FROM customer_tags t JOIN tags g ON g.id = t.tag_id WHERE g.name = ? ORDER BY 1',
    );
    for (const [group, planned] of ack.groups) {
      const tagged = withTag.pluck().all(group);
      const committed = ack.committedGroups.includes(group);
      expect(tagged, `${where}: ${group}`).toEqual(committed || tagged.length > 0 ? [...planned].sort() : []);
    }
  } finally {
    db.close();
  }
}

it(`every acknowledged write survives ${TRIALS} kills at random moments of a write storm (seed ${SEED})`, async () => {
  const random = seeded(SEED);
  const delays = Array.from({ length: TRIALS }, () => Math.floor(random() * 150));
  const chains = Array.from({ length: CHAINS }, async (_, chain) => {
    const dbPath = dbPathOf(chain);
    const ack: Acknowledged = { customers: [], interactions: [], groups: new Map(), committedGroups: [] };
    let writes = 0;
    for (let trial = chain; trial < TRIALS; trial += CHAINS) {
      const delay = delays[trial] ?? 0;
      writes += await killDuringStorm(dbPath, trial, delay, ack);
      expectConsistent(dbPath, ack, `seed ${SEED}, trial ${trial} (killed after ${delay} ms)`);
    }
    return { writes, customers: ack.customers.length };
  });
  const results = await Promise.all(chains);
  const trialsPerChain = TRIALS / CHAINS;
  for (const { writes, customers } of results) {
    // The storm really stormed: every trial was killed after writing, most after several writes.
    expect(customers).toBeGreaterThanOrEqual(trialsPerChain);
    expect(writes).toBeGreaterThan(2 * trialsPerChain);
  }
  // About 30 s on an idle 2-core machine; the limit leaves room for a loaded one.
}, 240_000);
