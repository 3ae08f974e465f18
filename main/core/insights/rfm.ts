import { RFM_RULES, RFM_SEGMENTS, type RfmSegment, type RfmSummary } from '../../../shared/domain/rfm.ts';
import type { CoreContext } from '../context.ts';
import { prepared } from '../db/statements.ts';
import { dayNumber } from './local-day-sql.ts';
import { todayOf } from './period.ts';
import { NOT_TRASHED_SEQ } from './visit-day-sql.ts';

// rank() is 1 + the number of rows with a strictly smaller value, so ties share a rank and
// 1 + 5 × (rank − 1) / n (integer division) is the tie rule of shared/domain/rfm.ts.
const score = (column: string) => `1 + (5 * (rank() OVER (ORDER BY ${column}) - 1)) / count(*) OVER ()`;

/** The same decision as rfmSegmentOf in shared/domain/rfm.ts (a test holds them together). */
export const RFM_SEGMENT_SQL = `CASE
  WHEN r >= 3 THEN CASE WHEN f >= 4 THEN CASE WHEN m >= 4 AND r >= 4 THEN 'champions' ELSE 'loyal' END
                        WHEN f >= 2 THEN 'potentialLoyalists' ELSE 'new' END
  WHEN f >= 4 AND m >= 4 THEN 'cantLose'
  WHEN f >= 3 THEN 'atRisk'
  WHEN r = 2 THEN 'hibernating'
  ELSE 'lost' END`;

/**
 * Every live customer with a visit up to day @asOf, with their last visit day, visits, spend,
 * R, F and M scores and segment. One pass over visit_days in key order, then three rankings.
 */
export const RFM_SCORES_SQL = `
  SELECT seq, last_day, visits, spend, r, f, m, ${RFM_SEGMENT_SQL} AS segment FROM (
    SELECT seq, last_day, visits, spend, ${score('last_day')} AS r, ${score('visits')} AS f, ${score('spend')} AS m
    FROM (
      SELECT customer_seq AS seq, max(day) AS last_day, count(*) AS visits, sum(spend_minor) AS spend
      FROM visit_days WHERE day <= @asOf GROUP BY customer_seq HAVING ${NOT_TRASHED_SEQ}))`;

// MATERIALIZED: scored once, not once per branch of the UNION.
const SUMMARY_SQL = `
  WITH scored AS MATERIALIZED (${RFM_SCORES_SQL})
  SELECT 'segment' AS what, segment AS key, count(*) AS customers, 0 AS low, 0 AS high FROM scored GROUP BY segment
  UNION ALL SELECT 'recency', r, count(*), min(@asOf - last_day), max(@asOf - last_day) FROM scored GROUP BY r
  UNION ALL SELECT 'frequency', f, count(*), min(visits), max(visits) FROM scored GROUP BY f
  UNION ALL SELECT 'monetary', m, count(*), min(spend), max(spend) FROM scored GROUP BY m`;

interface SummaryRow {
  what: 'segment' | 'recency' | 'frequency' | 'monetary';
  key: string | number;
  customers: number;
  low: number;
  high: number;
}

export function rfmAsOfDay(ctx: CoreContext, asOf: string | undefined): { asOf: string; asOfDay: number } {
  const day = asOf ?? todayOf(ctx);
  return { asOf: day, asOfDay: dayNumber(day) };
}

/** RFM scores of every customer as of a day (default today), summed up by segment and score. */
export function getRfmSummary(ctx: CoreContext, input: { asOf?: string | undefined }): RfmSummary {
  const { asOf, asOfDay } = rfmAsOfDay(ctx, input.asOf);
  const rows = prepared<{ asOf: number }, SummaryRow>(ctx.db, SUMMARY_SQL).all({ asOf: asOfDay });
  const segmentCounts = new Map(
    rows.filter((row) => row.what === 'segment').map((row) => [row.key, row.customers]),
  );
  const customers = [...segmentCounts.values()].reduce((sum, n) => sum + n, 0);
  const bands = (what: SummaryRow['what']) =>
    rows
      .filter((row) => row.what === what)
      .map((row) => ({ score: Number(row.key), customers: row.customers, min: row.low, max: row.high }))
      .sort((a, b) => a.score - b.score);
  return {
    asOf,
    customers,
    bands: { recency: bands('recency'), frequency: bands('frequency'), monetary: bands('monetary') },
    segments: RFM_SEGMENTS.map((segment: RfmSegment) => {
      const count = segmentCounts.get(segment) ?? 0;
      return {
        segment,
        ...RFM_RULES[segment],
        customers: count,
        share: customers === 0 ? null : count / customers,
      };
    }),
  };
}

/** The customers (seq) of one RFM segment as of a day. */
export const RFM_SEGMENT_SET_SQL = `SELECT seq FROM (${RFM_SCORES_SQL}) WHERE segment = @segment`;
