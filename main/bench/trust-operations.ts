import { createHash, scrypt } from 'node:crypto';
import { join } from 'node:path';
import { createCore } from '../core/core.ts';
import type { Db } from '../core/db/open.ts';
import { verifyAuditChain } from '../core/db/audit-chain.ts';
import { listAudit, recordAudit } from '../core/services/audit.ts';
import { getCustomerProfile } from '../core/services/customers.ts';
import { setCurrentStaffId } from '../core/services/session.ts';
import { createStaff } from '../core/services/staff.ts';
import { measurePair, single, summarize, timeMs } from './measure.ts';
import type { Loaded } from './operations.ts';
import { createRandom } from '../core/demo/prng.ts';
import { result, type OperationResult } from './report.ts';

// The trust issue's costs: what the audit trail adds to every write and what checking it costs,
// what the permission check adds to every call, and how long a PIN takes at the counter.
// The issue sets none for the trail itself: 0.2 ms per entry keeps it far below the 5 ms of a logged
// visit, and checking a few years of entries (100k) should take seconds, not minutes.
export const TRUST_TARGETS = {
  append100k: 20_000,
  verify100k: 5000,
  auditPage: 10,
  guardedCall: 10,
  signIn: 2000,
} as const;

const BATCH = 10_000;

/** The same row the project writes, in a plain table with no chain: what the trail's hashing costs. */
function createPlainAudit(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS audit_plain (
    seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, actor_label TEXT NOT NULL, action TEXT NOT NULL,
    subject_type TEXT NOT NULL, subject_id TEXT NOT NULL, customer_id TEXT, summary TEXT NOT NULL,
    details TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS audit_plain_by_customer ON audit_plain (customer_id, seq);`);
}

function editOf(index: number) {
  return {
    changes: [{ field: 'phone', old: `555 ${String(index).padStart(4, '0')}`, new: `555 ${index + 1}` }],
  };
}

/** Appends `count` entries (an edit each), in transactions of 10k, as a busy year of the shop would. */
export function measureAuditAppend(loaded: Loaded, baselineDb: Db, count: number): OperationResult {
  createPlainAudit(baselineDb);
  const { core, projectIds, baselineIds } = loaded;
  const insertPlain = baselineDb.prepare(
    `INSERT INTO audit_plain (at, actor_label, action, subject_type, subject_id, customer_id, summary, details)
     VALUES (?, 'Bench', 'customer.update', 'customer', ?, ?, 'Edited a customer: phone', ?)`,
  );
  const project = timeMs(() => {
    for (let start = 0; start < count; start += BATCH) {
      core.ctx.db.transaction(() => {
        for (let index = start; index < Math.min(count, start + BATCH); index++) {
          const id = projectIds[index % projectIds.length] ?? '';
          recordAudit(core.ctx, {
            action: 'customer.update',
            subjectType: 'customer',
            subjectId: id,
            customerId: id,
            summary: 'Edited a customer: phone',
            details: editOf(index),
          });
        }
      })();
    }
  });
  const baseline = timeMs(() => {
    for (let start = 0; start < count; start += BATCH) {
      baselineDb.transaction(() => {
        for (let index = start; index < Math.min(count, start + BATCH); index++) {
          const id = baselineIds[index % baselineIds.length] ?? '';
          insertPlain.run(Date.now(), id, id, JSON.stringify(editOf(index)));
        }
      })();
    }
  });
  const outcome = result(
    `audit: append ${count} entries`,
    { project: single(project), baseline: single(baseline) },
    TRUST_TARGETS.append100k,
    [
      `per entry: project ${((project / count) * 1000).toFixed(1)} µs (nonce, digest, chain hash, 5 indexes),`,
      `baseline ${((baseline / count) * 1000).toFixed(1)} µs (the same row in a plain table with one index).`,
    ],
  );
  outcome.throughput = {
    rows: count,
    project: (count / project) * 1000,
    baseline: (count / baseline) * 1000,
  };
  return outcome;
}

/** `regulars check`'s chain walk over the whole trail, against reading and hashing the same rows. */
export function measureAuditVerify(loaded: Loaded, baselineDb: Db): OperationResult {
  let rows = 0;
  let ok = false;
  const project = timeMs(() => {
    const report = verifyAuditChain(loaded.core.ctx.db);
    rows = report.rows;
    ok = report.ok;
  });
  const baseline = timeMs(() => {
    for (const row of baselineDb.prepare('SELECT * FROM audit_plain ORDER BY seq').iterate()) {
      createHash('sha256').update(JSON.stringify(row)).digest('hex');
    }
  });
  // Scaled to 100k entries: a few years of a busy shop.
  const per100k = rows === 0 ? 0 : (project / rows) * 100_000;
  return result(
    'audit: verify the whole chain',
    { project: single(project), baseline: single(baseline) },
    TRUST_TARGETS.verify100k,
    [
      `${rows} entries, chain ${ok ? 'intact' : 'BROKEN'}; ${per100k.toFixed(0)} ms per 100k entries;`,
      'baseline: read every row of the plain table and sha256 it once.',
    ],
  );
}

/** The audit page filtered to one customer: 100 newest entries with the subject's name. */
export function measureAuditPage(
  loaded: Loaded,
  baselineDb: Db,
  runs: number,
  seed: number,
): OperationResult {
  const random = createRandom(seed);
  const { core, projectIds, baselineIds } = loaded;
  const plain = baselineDb.prepare(
    'SELECT * FROM audit_plain WHERE customer_id = ? ORDER BY seq DESC LIMIT 101',
  );
  const picks = (count: number) =>
    Array.from({ length: count }, () => random.int(Math.min(projectIds.length, 10_000)));
  const pair = measurePair({
    warmup: picks(Math.ceil(runs / 10)),
    inputs: picks(runs),
    project: (index) => listAudit(core.ctx, { customerId: projectIds[index] ?? '', limit: 100 }),
    baseline: (index) => plain.all(baselineIds[index] ?? ''),
  });
  return result('audit: one customer’s entries (100)', pair, TRUST_TARGETS.auditPage, [
    'project also matches entries by subject, parses details and names the subject; baseline: one indexed SELECT.',
  ]);
}

/** A customer page through dispatch as staff (idle check, role, permissions, validation) vs the service. */
export function measureGuardedCall(loaded: Loaded, runs: number, seed: number): OperationResult {
  const random = createRandom(seed);
  const { core, projectIds } = loaded;
  const previous = core.ctx.session.actor;
  const sam = createStaff(core.ctx, { displayName: 'Bench Staff' });
  setCurrentStaffId(core.ctx, sam.id);
  const picks = (count: number) =>
    Array.from({ length: count }, () => projectIds[random.int(projectIds.length)] ?? '');
  try {
    const pair = measurePair({
      warmup: picks(Math.ceil(runs / 10)),
      inputs: picks(runs),
      project: (id) => {
        const answer = core.call('customers:get', { id });
        if (!answer.ok) throw new Error(answer.error.message);
      },
      baseline: (id) => getCustomerProfile(core.ctx, id),
    });
    return result('customer page through dispatch, as staff', pair, TRUST_TARGETS.guardedCall, [
      'project: dispatch (idle check, signed-in staff row, role permissions, input schema) + customers:get;',
      'baseline: the same service call without dispatch: what enforcing permissions in one place costs.',
    ]);
  } finally {
    core.ctx.session.actor = previous;
  }
}

/** Switching staff at the counter: auth:signIn at OWASP's scrypt cost, against the bare KDF. */
export async function measureSignIn(folder: string, runs: number): Promise<OperationResult> {
  const core = createCore(join(folder, 'sign-in.db'), { log: () => {} });
  try {
    const setup = await core.invoke('auth:setupOwner', {
      owner: { displayName: 'Bench Owner' },
      secret: '2468',
    });
    if (!setup.ok) throw new Error(setup.error.message);
    const ownerId = String((setup.data as { actor: { staffId: string } }).actor.staffId);
    const project: number[] = [];
    const baseline: number[] = [];
    const options = { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 };
    for (let run = 0; run < runs; run++) {
      core.call('auth:lock', {});
      let started = performance.now();
      const answer = await core.invoke('auth:signIn', { staffId: ownerId, secret: '2468' });
      project.push(performance.now() - started);
      if (!answer.ok) throw new Error(answer.error.message);
      started = performance.now();
      await new Promise<void>((resolve, reject) =>
        scrypt('2468', 'sixteen byte salt', 32, options, (error) => (error ? reject(error) : resolve())),
      );
      baseline.push(performance.now() - started);
    }
    return result(
      'sign in with a PIN (scrypt N=2^17)',
      { project: summarize(project), baseline: summarize(baseline) },
      TRUST_TARGETS.signIn,
      [
        'project: auth:signIn end to end (lockout count, HMAC with regulars.key, scrypt off the main thread,',
        'session, audit entry); baseline: the scrypt call alone. The issue asks for a switch in two seconds.',
      ],
    );
  } finally {
    core.close();
  }
}
