import type { LoyaltyProgram } from '../../shared/domain/loyalty/program.ts';
import { previewLoyaltyProgram } from '../core/loyalty/preview-service.ts';
import { recomputeLoyalty } from '../core/loyalty/program-service.ts';
import { getLoyaltyStatus } from '../core/loyalty/status-service.ts';
import { insertVersion } from '../core/repos/loyalty-repo.ts';
import { measurePair, summarize, timeMs } from './measure.ts';
import type { Loaded } from './operations.ts';
import { createRandom } from '../core/demo/prng.ts';
import { result, type OperationResult } from './report.ts';

// The loyalty issue's operations: one customer's status at the counter, the full recompute that
// checks every ledger against a replay, and the preview of a program change.
export const LOYALTY_TARGETS = { status: 2, recompute: 5000, preview: 5000 } as const;

const PROGRAM: LoyaltyProgram = {
  earn: { pointsPerUnit: 1, spendUnitMinor: 100, pointsPerVisit: 2, visitMinSpendMinor: 0 },
  tiers: {
    measure: 'points',
    period: 'rolling12',
    keepMonths: 6,
    levels: [
      { name: 'Regular', threshold: 0 },
      { name: 'Silver', threshold: 300 },
      { name: 'Gold', threshold: 1000 },
    ],
  },
  rewards: [{ id: 'r1', name: 'Free coffee', cost: 50 }],
  expiryMonths: 12,
  birthdayBonus: 0,
};

const EARNING = `deleted_at IS NULL AND earns_points = 1 AND kind IN ('visit', 'purchase')`;
const YEAR_MS = 365 * 86_400_000;

/**
 * Puts a program in force since before the shop's history (straight into the table: the service
 * refuses back-dated programs, rightly) and materializes every ledger; returns how long that took.
 */
export function installLoyalty(loaded: Loaded): { ms: number; rows: number } {
  const db = loaded.core.ctx.db;
  insertVersion(db, {
    effective_from: 0,
    definition: JSON.stringify(PROGRAM),
    created_at: 0,
    created_by: null,
  });
  const ms = timeMs(() => recomputeLoyalty(loaded.core.ctx));
  const rows = db.prepare<[], number>('SELECT count(*) FROM loyalty_ledger').pluck().get() ?? 0;
  return { ms, rows };
}

export function measureLoyaltyStatus(loaded: Loaded, runs: number, seed: number): OperationResult {
  const db = loaded.core.ctx.db;
  const random = createRandom(seed);
  const picks = (count: number) =>
    Array.from({ length: count }, () => loaded.projectIds[random.int(loaded.projectIds.length)] ?? '');
  const balance = db.prepare('SELECT sum(points) FROM loyalty_ledger WHERE customer_id = ? AND at <= ?');
  const window = db.prepare(
    `SELECT coalesce(sum(amount_minor), 0), count(DISTINCT date(occurred_at / 1000, 'unixepoch', 'localtime'))
     FROM interactions INDEXED BY interactions_earning WHERE customer_id = ? AND occurred_at > ? AND ${EARNING}`,
  );
  const pair = measurePair({
    warmup: picks(Math.ceil(runs / 10)),
    inputs: picks(runs),
    project: (id) => getLoyaltyStatus(loaded.core.ctx, id),
    baseline: (id) => {
      const now = Date.now();
      balance.get(id, now);
      window.get(id, now - YEAR_MS);
    },
  });
  return result('loyalty status, one customer', pair, LOYALTY_TARGETS.status, [
    'project: loyalty:status (replay of the points, tier with keep months, progress, rewards, explanation);',
    "baseline: the ledger's balance and one aggregate over the customer's last 12 months.",
  ]);
}

export function measureLoyaltyRecompute(
  loaded: Loaded,
  installed: { ms: number; rows: number },
  runs: number,
): OperationResult {
  const db = loaded.core.ctx.db;
  const held = db
    .prepare('SELECT customer_id, sum(points) FROM loyalty_ledger GROUP BY customer_id')
    .raw(true);
  const owed = db
    .prepare(
      `SELECT customer_id, sum(amount_minor / 100) FROM interactions INDEXED BY interactions_earning
       WHERE ${EARNING} GROUP BY customer_id`,
    )
    .raw(true);
  const project: number[] = [];
  const baseline: number[] = [];
  let appended = 0;
  for (let run = 0; run < runs; run++) {
    project.push(timeMs(() => (appended += recomputeLoyalty(loaded.core.ctx).appended)));
    baseline.push(timeMs(() => void [held.all(), owed.all()]));
  }
  return result(
    'loyalty full recompute',
    { project: summarize(project), baseline: summarize(baseline) },
    LOYALTY_TARGETS.recompute,
    [
      `first materialization: ${installed.rows} ledger rows in ${(installed.ms / 1000).toFixed(1)} s; each recompute after it appended ${appended} rows;`,
      'project: every live customer replayed (points, expiry, tiers) and compared with its ledger, chunked range reads;',
      'baseline: the two set-based sums a naive check would compare (ledger by customer, spend by customer).',
    ],
  );
}

export function measureLoyaltyPreview(loaded: Loaded, runs: number): OperationResult {
  const db = loaded.core.ctx.db;
  const draft = {
    ...PROGRAM,
    tiers: {
      ...PROGRAM.tiers,
      levels: [
        { name: 'Regular', threshold: 0 },
        { name: 'Silver', threshold: 200 },
        { name: 'Gold', threshold: 800 },
      ],
    },
  };
  const byTier = db.prepare(
    `SELECT CASE WHEN total >= 800 THEN 2 WHEN total >= 200 THEN 1 ELSE 0 END AS tier, count(*) FROM (
       SELECT customer_id, sum(amount_minor / 100) AS total FROM interactions INDEXED BY interactions_earning
       WHERE ${EARNING} AND occurred_at > ? GROUP BY customer_id) GROUP BY tier`,
  );
  let changed = 0;
  const project: number[] = [];
  const baseline: number[] = [];
  for (let run = 0; run < runs; run++) {
    project.push(
      timeMs(() => (changed = previewLoyaltyProgram(loaded.core.ctx, { program: draft }).changed)),
    );
    baseline.push(timeMs(() => void byTier.all(Date.now() - YEAR_MS)));
  }
  return result(
    'loyalty program-change preview',
    { project: summarize(project), baseline: summarize(baseline) },
    LOYALTY_TARGETS.preview,
    [
      `the draft lowers Silver and Gold: ${changed} customers would change tier;`,
      "project: each live customer's tier now with and without the draft (keep months included);",
      'baseline: one GROUP BY of the last 12 months of spend into the draft thresholds (no keep months).',
    ],
  );
}
