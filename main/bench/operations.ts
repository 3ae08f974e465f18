import type { Core } from '../core/core.ts';
import { listCustomers, searchCustomers } from '../core/services/customers.ts';
import { logInteraction } from '../core/services/interactions.ts';
import type { Baseline } from './baseline.ts';
import { bulkLoad } from '../core/demo/bulk-load.ts';
import type { Shop } from '../core/demo/generate-shop.ts';
import { measurePair, single, summarize, timeMs } from './measure.ts';
import { createRandom } from '../core/demo/prng.ts';
import type { SearchQuery } from './queries.ts';
import { result, type OperationResult } from './report.ts';

/** Full-scale p95 targets, in ms. */
export const TARGETS = { search: 10, listPage: 5, logInteraction: 5 } as const;

export const SEARCH_LIMIT = 20;
export const PAGE_SIZE = 50;

export interface Loaded {
  core: Core;
  baseline: Baseline;
  projectIds: string[];
  baselineIds: string[];
}

/** Loads the shop into both databases; generation is re-run for each, so it is timed too, alike. */
export function measureBulkInsert(
  core: Core,
  baseline: Baseline,
  shop: Shop,
): { loaded: Loaded; result: OperationResult } {
  let projectIds: string[] = [];
  let baselineIds: string[] = [];
  const projectMs = timeMs(() => (projectIds = bulkLoad(core.ctx.db, shop)));
  const baselineMs = timeMs(() => (baselineIds = baseline.load(shop)));
  const rows = shop.customers.length + shop.interactionCount;
  const outcome = result('bulk insert', { project: single(projectMs), baseline: single(baselineMs) }, null, [
    'project: repos in transactions of 10k rows; baseline: one INSERT loop in one transaction.',
  ]);
  outcome.throughput = { rows, project: (rows / projectMs) * 1000, baseline: (rows / baselineMs) * 1000 };
  return { loaded: { core, baseline, projectIds, baselineIds }, result: outcome };
}

const fmt = (value: number) => value.toFixed(2);

export function measureSearch(
  loaded: Loaded,
  queries: SearchQuery[],
  warmup: SearchQuery[],
): OperationResult {
  const { core, baseline } = loaded;
  const pair = measurePair({
    warmup,
    inputs: queries,
    project: (query) => searchCustomers(core.ctx, query.text, SEARCH_LIMIT),
    baseline: (query) => baseline.search(query.raw, SEARCH_LIMIT),
  });

  // Untimed checks that the two really do the same work, and that every query finds somebody:
  // each was cut from a stored customer, so an empty result is a search bug, not bad luck.
  const empty: string[] = [];
  const differing: string[] = [];
  for (const query of queries) {
    const ours = searchCustomers(core.ctx, query.text, SEARCH_LIMIT).map((c) => c.id);
    const theirs = baseline.search(query.raw, SEARCH_LIMIT);
    if (ours.length === 0) empty.push(query.text);
    if (ours.length !== theirs.length) differing.push(query.text);
  }

  const kinds = [...new Set(queries.map((query) => query.kind))];
  const notes = kinds.map((kind) => {
    const pick = (samples: number[]) => samples.filter((_, index) => queries[index]?.kind === kind);
    const ours = summarize(pick(pair.samples.project));
    const theirs = summarize(pick(pair.samples.baseline));
    return `${kind} (n=${ours.n}): project p50/p95/p99 ${fmt(ours.p50)}/${fmt(ours.p95)}/${fmt(ours.p99)} ms, baseline ${fmt(theirs.p50)}/${fmt(theirs.p95)}/${fmt(theirs.p99)} ms`;
  });
  const slowest = queries
    .map((query, index) => ({ query, ms: pair.samples.project[index] ?? 0 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5)
    .map(({ query, ms }) => `"${query.text}" ${fmt(ms)} ms`);
  notes.push(`slowest: ${slowest.join(', ')}`);
  if (empty.length > 0) notes.push(`${empty.length} queries found nobody, e.g. ${sample(empty)}`);
  if (differing.length > 0)
    notes.push(`${differing.length} queries differ in count from the baseline, e.g. ${sample(differing)}`);
  return result('search (20 results)', pair, TARGETS.search, notes);
}

const sample = (texts: string[]) =>
  [...new Set(texts)]
    .slice(0, 6)
    .map((text) => `"${text}"`)
    .join(', ');

export function measureListPage(loaded: Loaded, runs: number, seed: number): OperationResult {
  const { core, baseline } = loaded;
  const random = createRandom(seed);
  const lastOffset = Math.max(0, loaded.projectIds.length - PAGE_SIZE);
  const offsets = (count: number) => Array.from({ length: count }, () => random.between(0, lastOffset));
  const pair = measurePair({
    warmup: offsets(Math.ceil(runs / 10)),
    inputs: offsets(runs),
    project: (offset) => listCustomers(core.ctx, { limit: PAGE_SIZE, offset }),
    baseline: (offset) => baseline.listPage(offset, PAGE_SIZE),
  });
  return result('one list page (50, random offset)', pair, TARGETS.listPage, [
    'project also counts live customers for the pager (listCustomers returns total); the baseline does not.',
  ]);
}

export function measureLogInteraction(loaded: Loaded, runs: number, seed: number): OperationResult {
  const { core, baseline, projectIds, baselineIds } = loaded;
  const random = createRandom(seed);
  const visits = (count: number) =>
    Array.from({ length: count }, () => ({
      customerIndex: random.int(projectIds.length),
      amountMinor: random.chance(0.6) ? random.between(100, 20_000) : null,
    }));
  const pair = measurePair({
    warmup: visits(Math.ceil(runs / 10)),
    inputs: visits(runs),
    project: (visit) =>
      logInteraction(core.ctx, {
        customerId: projectIds[visit.customerIndex] ?? '',
        kind: 'visit',
        amountMinor: visit.amountMinor,
      }),
    baseline: (visit) =>
      baseline.logVisit(baselineIds[visit.customerIndex] ?? '', visit.amountMinor, Date.now()),
  });
  return result('log one interaction', pair, TARGETS.logInteraction, [
    'each in its own transaction, committed with synchronous = FULL (an fsync of the WAL each);',
    "both insert the row and refresh the customer's visit facts; the project also checks staff and customer.",
  ]);
}
