import { addDays, dayOf, rangeMs } from '../../shared/domain/calendar-days.ts';
import type { SegmentFilterInput } from '../../shared/domain/segment.ts';
import type { Db } from '../core/db/open.ts';
import { getInsightsFigures } from '../core/insights/figures.ts';
import { dayNumber } from '../core/insights/local-day-sql.ts';
import { getRfmSummary } from '../core/insights/rfm.ts';
import { countSegment } from '../core/insights/segments.ts';
import { measurePair, single, summarize, timeMs } from './measure.ts';
import type { Loaded } from './operations.ts';
import { result, type OperationResult } from './report.ts';

// The insights issue's operations. The shop's history ends at `shopNow`, so periods are days
// ending then (the machine's today may be months later, with no visits in it).
export const INSIGHTS_TARGETS = { figures: 300, segmentCount: 100, rfm: 2000 } as const;

const VISITS = "deleted_at IS NULL AND kind IN ('visit', 'purchase')";
const LOCAL_DAY = "date(occurred_at / 1000, 'unixepoch', 'localtime')";

/** Periods ending on the shop's last day: 30 and 90 days, a year, and the whole two years. */
function periods(shopNow: number): { name: string; from: string; to: string }[] {
  const today = dayOf(shopNow);
  return [
    { name: '30 days', from: addDays(today, -29), to: today },
    { name: '90 days', from: addDays(today, -89), to: today },
    { name: '365 days', from: addDays(today, -364), to: today },
    { name: 'two years', from: addDays(today, -729), to: today },
  ];
}

/**
 * insights:figures for each period (with its comparison period). The baseline reads the same
 * tables with plain SQL, the way one would write it by hand: distinct customers with
 * count(DISTINCT), first visits with a GROUP BY per customer, answers by scanning interactions.
 * It covers visitors, visits, revenue, new and active customers and NPS counts of both periods,
 * not the one-off, lapsed and churn splits the project adds.
 */
export function measureDashboard(
  loaded: Loaded,
  baselineDb: Db,
  shopNow: number,
  runs: number,
): OperationResult {
  const raw = baselineDb.prepare<Record<string, number>>(`SELECT
      (SELECT count(DISTINCT customer_seq) FROM visit_days WHERE day BETWEEN @a AND @b) AS visitors,
      (SELECT count(*) FROM visit_days WHERE day BETWEEN @a AND @b) AS visits,
      (SELECT coalesce(sum(spend_minor), 0) FROM visit_days WHERE day BETWEEN @a AND @b) AS revenue,
      (SELECT count(DISTINCT customer_seq) FROM visit_days WHERE day BETWEEN @b - 89 AND @b) AS active,
      (SELECT count(*) FROM (SELECT min(day) AS first FROM visit_days GROUP BY customer_seq)
        WHERE first BETWEEN @a AND @b) AS new,
      (SELECT count(nps) FROM interactions WHERE deleted_at IS NULL AND occurred_at >= @start AND occurred_at < @end) AS answers`);
  const inputs = periods(shopNow);
  const notes: string[] = [];
  const samples = { project: [] as number[], baseline: [] as number[] };
  for (const period of inputs) {
    const { start, end } = rangeMs(period);
    const length = end - start;
    const pair = measurePair({
      warmup: [period],
      inputs: Array.from({ length: runs }, () => period),
      project: (p) => getInsightsFigures(loaded.core.ctx, { period: { from: p.from, to: p.to } }),
      baseline: () => {
        const a = dayNumber(period.from);
        const b = dayNumber(period.to);
        raw.get({ a: a - (b - a + 1), b: a - 1, start: start - length, end: start });
        raw.get({ a, b, start, end });
      },
    });
    samples.project.push(...pair.samples.project);
    samples.baseline.push(...pair.samples.baseline);
    const ms = (n: number) => n.toFixed(1);
    notes.push(
      `${period.name}: project p50 ${ms(pair.project.p50)} / max ${ms(Math.max(...pair.samples.project))} ms, baseline p50 ${ms(pair.baseline.p50)} ms`,
    );
  }
  return result(
    'dashboard figures (any period)',
    { project: summarize(samples.project), baseline: summarize(samples.baseline) },
    INSIGHTS_TARGETS.figures,
    [...notes, 'baseline: plain SQL on the same tables (count(DISTINCT), a GROUP BY for first visits).'],
  );
}

/**
 * Filters an owner might be editing, each beside the same count written by hand. "In the last N
 * days" counts back from `today`, the core's clock, which both sides must share.
 */
function segmentCases(
  today: number,
): { name: string; filter: SegmentFilterInput; raw: string; params: unknown[] }[] {
  const since = (days: number) =>
    rangeMs({ from: addDays(dayOf(today), -(days - 1)), to: dayOf(today) }).start;
  const lastVisit = `(SELECT max(occurred_at) FROM interactions i WHERE i.customer_id = c.id AND i.${VISITS})`;
  const tagged =
    "c.id IN (SELECT customer_id FROM customer_tags WHERE tag_id = (SELECT id FROM tags WHERE name = 'vip'))";
  return [
    {
      name: 'vip, visited in 60 days',
      filter: {
        match: 'all',
        conditions: [
          { kind: 'tag', op: 'has', tag: 'vip' },
          { kind: 'lastVisit', op: 'within', days: 60 },
        ],
      },
      raw: `SELECT count(*) FROM customers c WHERE c.deleted_at IS NULL AND ${tagged} AND ${lastVisit} >= ?`,
      params: [since(60)],
    },
    {
      name: 'lapsed regulars (5+ visits, none in 90 days)',
      filter: {
        match: 'all',
        conditions: [
          { kind: 'visits', min: 5 },
          { kind: 'lastVisit', op: 'notWithin', days: 90 },
        ],
      },
      raw: `SELECT count(*) FROM (SELECT c.id FROM customers c JOIN interactions i ON i.customer_id = c.id AND i.${VISITS}
            WHERE c.deleted_at IS NULL GROUP BY c.id
            HAVING count(DISTINCT date(i.occurred_at / 1000, 'unixepoch', 'localtime')) >= 5 AND max(i.occurred_at) < ?)`,
      params: [since(90)],
    },
    {
      name: 'spent 100–500 or vip (any)',
      filter: {
        match: 'any',
        conditions: [
          { kind: 'spend', min: 10_000, max: 50_000 },
          { kind: 'tag', op: 'has', tag: 'vip' },
        ],
      },
      raw: `SELECT count(*) FROM customers c WHERE c.deleted_at IS NULL AND (${tagged} OR
            (SELECT coalesce(sum(amount_minor), 0) FROM interactions i WHERE i.customer_id = c.id AND i.${VISITS}) BETWEEN 10000 AND 50000)`,
      params: [],
    },
    {
      name: 'NPS promoters',
      filter: { match: 'all', conditions: [{ kind: 'npsGroup', group: 'promoter' }] },
      raw: `SELECT count(*) FROM (SELECT customer_id, nps, max(occurred_at) FROM interactions
            WHERE deleted_at IS NULL AND nps IS NOT NULL GROUP BY customer_id) WHERE nps >= 9`,
      params: [],
    },
  ];
}

/**
 * segments:count while a filter is edited. The baseline counts the same customers with plain SQL
 * on a database without the project's visit columns, so it reads visits from interactions.
 */
export function measureSegmentCount(loaded: Loaded, baselineDb: Db, runs: number): OperationResult {
  const cases = segmentCases(loaded.core.ctx.now());
  const statements = cases.map((c) => baselineDb.prepare(c.raw));
  const inputs = Array.from({ length: runs }, (_, index) => index % cases.length);
  const pair = measurePair({
    warmup: cases.map((_, index) => index),
    inputs,
    project: (index) =>
      countSegment(loaded.core.ctx, { filter: cases[index]?.filter ?? { match: 'all', conditions: [] } }),
    baseline: (index) => statements[index]?.pluck().get(...(cases[index]?.params ?? [])),
  });
  const notes = cases.map((c, index) => {
    const ours = pair.samples.project.filter((_, i) => inputs[i] === index);
    const theirs = pair.samples.baseline.filter((_, i) => inputs[i] === index);
    const count = countSegment(loaded.core.ctx, { filter: c.filter }).count;
    return `${c.name}: ${count} customers, project max ${Math.max(...ours).toFixed(1)} ms, baseline max ${Math.max(...theirs).toFixed(1)} ms`;
  });
  return result('segment live count', pair, INSIGHTS_TARGETS.segmentCount, notes);
}

/** RFM for every customer; the baseline is NTILE(5) over the same three measures from interactions. */
export function measureRfm(loaded: Loaded, baselineDb: Db): OperationResult {
  const raw = baselineDb.prepare(`SELECT count(*) FROM (
      SELECT ntile(5) OVER (ORDER BY last_day) AS r, ntile(5) OVER (ORDER BY visits) AS f, ntile(5) OVER (ORDER BY spend) AS m
      FROM (SELECT customer_id, max(${LOCAL_DAY}) AS last_day, count(DISTINCT ${LOCAL_DAY}) AS visits, sum(amount_minor) AS spend
            FROM interactions WHERE ${VISITS} GROUP BY customer_id))`);
  let scored = 0;
  const projectMs = timeMs(() => (scored = getRfmSummary(loaded.core.ctx, {}).customers));
  const baselineMs = timeMs(() => raw.get());
  return result(
    'RFM for all customers',
    { project: single(projectMs), baseline: single(baselineMs) },
    INSIGHTS_TARGETS.rfm,
    [
      `${scored} customers scored; baseline: NTILE(5) over measures read from interactions (no tie rule, no segments).`,
    ],
  );
}
