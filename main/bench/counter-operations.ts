import type { Db } from '../core/db/open.ts';
import { bulkTag } from '../core/services/bulk-tags.ts';
import { getCustomerProfile } from '../core/services/customers.ts';
import { listDuplicates } from '../core/services/duplicates.ts';
import { measurePair, single, timeMs } from './measure.ts';
import type { Loaded } from './operations.ts';
import { createRandom } from '../core/demo/prng.ts';
import { result, type OperationResult } from './report.ts';

// The counter issue's operations: what staff wait for when a customer page opens, and what the
// owner waits for when reviewing duplicates or tagging a segment.
export const COUNTER_TARGETS = { customerPage: 10, duplicateScan: 2000, bulkTag10k: 1000 } as const;

const VISITS = "customer_id = ? AND deleted_at IS NULL AND kind IN ('visit', 'purchase')";

/** customers:get: the profile, its key facts and the latest 200 timeline entries. */
export function measureCustomerPage(
  loaded: Loaded,
  baselineDb: Db,
  runs: number,
  seed: number,
): OperationResult {
  const random = createRandom(seed);
  const picks = (count: number) => Array.from({ length: count }, () => random.int(loaded.projectIds.length));
  const raw = {
    customer: baselineDb.prepare('SELECT * FROM customers WHERE id = ?'),
    tags: baselineDb.prepare(
      'SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = ?',
    ),
    consents: baselineDb.prepare(
      'SELECT channel, granted, source, max(recorded_at) FROM customer_consents WHERE customer_id = ? GROUP BY channel',
    ),
    facts: baselineDb.prepare(
      `SELECT min(occurred_at), max(occurred_at), coalesce(sum(amount_minor), 0),
              count(DISTINCT date(occurred_at / 1000, 'unixepoch', 'localtime')) FROM interactions WHERE ${VISITS}`,
    ),
    timeline: baselineDb.prepare(
      `SELECT * FROM interactions WHERE customer_id = ? AND deleted_at IS NULL
       ORDER BY occurred_at DESC LIMIT 200`,
    ),
  };
  const pair = measurePair({
    warmup: picks(Math.ceil(runs / 10)),
    inputs: picks(runs),
    project: (index) => getCustomerProfile(loaded.core.ctx, loaded.projectIds[index] ?? ''),
    baseline: (index) => {
      const id = loaded.baselineIds[index] ?? '';
      raw.customer.get(id);
      raw.tags.all(id);
      raw.consents.all(id);
      raw.facts.get(id);
      raw.timeline.all(id);
    },
  });
  return result('customer page data', pair, COUNTER_TARGETS.customerPage, [
    'project: customers:get (profile, tags, consents, custom fields, facts incl. usual interval, 200 entries);',
    'baseline: the same rows read with plain statements, facts as one aggregate (no median interval).',
  ]);
}

/**
 * The whole-base duplicate review. The baseline is the blocking step alone (groups of equal
 * phone endings, e-mails and names); the project also scores similar names within blocks.
 */
export function measureDuplicateScan(loaded: Loaded, baselineDb: Db): OperationResult {
  const blocks = [
    `SELECT substr(phone_digits, -9) AS k, count(*) FROM customers
     WHERE deleted_at IS NULL AND length(phone_digits) >= 7 GROUP BY k HAVING count(*) > 1`,
    `SELECT lower(email) AS k, count(*) FROM customers
     WHERE deleted_at IS NULL AND email <> '' GROUP BY k HAVING count(*) > 1`,
    `SELECT sort_name AS k, count(*) FROM customers WHERE deleted_at IS NULL GROUP BY k HAVING count(*) > 1`,
  ].map((sql) => baselineDb.prepare(sql));
  let pairs = 0;
  const projectMs = timeMs(() => (pairs = listDuplicates(loaded.core.ctx, 1000).length));
  const baselineMs = timeMs(() => blocks.forEach((statement) => statement.all()));
  return result(
    'duplicate scan (whole base)',
    { project: single(projectMs), baseline: single(baselineMs) },
    COUNTER_TARGETS.duplicateScan,
    [`found ${pairs} likely pairs (top 1000 kept); baseline: the three blocking GROUP BYs only.`],
  );
}

/** Tagging then untagging a 10k-customer selection, as the list's bulk action does. */
export function measureBulkTag(loaded: Loaded, baselineDb: Db, runs: number): OperationResult {
  const size = Math.min(10_000, loaded.projectIds.length);
  const projectIds = loaded.projectIds.slice(0, size);
  const baselineIds = JSON.stringify(loaded.baselineIds.slice(0, size));
  const tagId = Number(
    baselineDb.prepare("INSERT INTO tags (name) VALUES ('bench bulk') RETURNING id").pluck().get(),
  );
  const add = baselineDb.prepare(
    'INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) SELECT value, ? FROM json_each(?)',
  );
  const remove = baselineDb.prepare(
    'DELETE FROM customer_tags WHERE tag_id = ? AND customer_id IN (SELECT value FROM json_each(?))',
  );
  // The same search-text refresh the project does, so the index work is on both sides.
  const refresh = baselineDb.prepare(
    `UPDATE customers SET search_extra = coalesce((SELECT group_concat(t.name, ' ') FROM customer_tags ct
       JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = customers.id), '')
     WHERE id IN (SELECT value FROM json_each(?))`,
  );
  const actions = Array.from({ length: runs }, (_, index): 'add' | 'remove' =>
    index % 2 === 0 ? 'add' : 'remove',
  );
  const pair = measurePair({
    warmup: [],
    inputs: actions,
    project: (action) => bulkTag(loaded.core.ctx, { ids: projectIds, tag: 'bench bulk', action }),
    baseline: (action) =>
      baselineDb.transaction(() => {
        (action === 'add' ? add : remove).run(tagId, baselineIds);
        refresh.run(baselineIds);
      })(),
  });
  return result(`bulk tag ${size} customers`, pair, COUNTER_TARGETS.bulkTag10k, [
    'both link the tag and refresh the search text (re-indexed by the trigger); the project also checks',
    'every id is a live customer and stamps who changed them.',
  ]);
}
