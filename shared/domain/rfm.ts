import { z } from 'zod';

/*
 * RFM: recency (the day of the last visit), frequency (visits: distinct days) and monetary
 * (total spend) of every customer with a visit up to the as-of day, each scored 1–5 by quintile.
 *
 * Tie rule: score = 1 + floor(5 × worse / n), where n is the number of customers scored and
 * `worse` the number of them with a strictly worse value (an older last visit, fewer visits,
 * less spend). Customers with equal values therefore always share a score, the score where their
 * value starts; when one value covers more than a fifth of customers (often: a single visit),
 * the scores it spans are skipped rather than split arbitrarily between identical customers.
 */
export function quintileScore(worse: number, n: number): number {
  return n === 0 ? 0 : 1 + Math.floor((5 * worse) / n);
}

export const RFM_SEGMENTS = [
  'champions',
  'loyal',
  'potentialLoyalists',
  'new',
  'atRisk',
  'cantLose',
  'hibernating',
  'lost',
] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

/**
 * The rules are exclusive and cover every score, so each customer is in exactly one segment.
 * `meaning` reads after "customers who".
 */
export const RFM_RULES: Record<RfmSegment, { label: string; rule: string; meaning: string }> = {
  champions: {
    label: 'Champions',
    rule: 'R ≥ 4, F ≥ 4 and M ≥ 4',
    meaning: 'came lately, come often, spend the most',
  },
  loyal: { label: 'Loyal', rule: 'R ≥ 3 and F ≥ 4, not Champions', meaning: 'come often and still come' },
  potentialLoyalists: {
    label: 'Potential loyalists',
    rule: 'R ≥ 3 and F 2–3',
    meaning: 'came lately, a few times: could become regulars',
  },
  new: { label: 'New', rule: 'R ≥ 3 and F = 1', meaning: 'made a first visit lately' },
  atRisk: {
    label: 'At risk',
    rule: "R ≤ 2 and F ≥ 3, not Can't lose them",
    meaning: 'came regularly, not lately',
  },
  cantLose: {
    label: "Can't lose them",
    rule: 'R ≤ 2, F ≥ 4 and M ≥ 4',
    meaning: 'were among the best customers, not seen for a while',
  },
  hibernating: { label: 'Hibernating', rule: 'R = 2 and F ≤ 2', meaning: 'came a few times, long ago' },
  lost: { label: 'Lost', rule: 'R = 1 and F ≤ 2', meaning: 'came once or twice, the longest ago' },
};

/** The segment of a customer's scores; main/core/insights/rfm-sql.ts says the same in SQL. */
export function rfmSegmentOf(r: number, f: number, m: number): RfmSegment {
  if (r >= 3) {
    if (f >= 4) return m >= 4 && r >= 4 ? 'champions' : 'loyal';
    return f >= 2 ? 'potentialLoyalists' : 'new';
  }
  if (f >= 4 && m >= 4) return 'cantLose';
  if (f >= 3) return 'atRisk';
  return r === 2 ? 'hibernating' : 'lost';
}

const count = z.number().int().min(0);

/** What each score stands for: the lowest and highest value among the customers who got it. */
const bandSchema = z.object({ score: z.number().int(), customers: count, min: z.number(), max: z.number() });

export const rfmSummarySchema = z.object({
  asOf: z.string(),
  /** Customers scored: live, with at least one visit up to the as-of day. */
  customers: count,
  /** Recency in days since the last visit (as of the as-of day), frequency in visits, monetary in minor units. */
  bands: z.object({
    recency: z.array(bandSchema),
    frequency: z.array(bandSchema),
    monetary: z.array(bandSchema),
  }),
  segments: z.array(
    z.object({
      segment: z.enum(RFM_SEGMENTS),
      label: z.string(),
      rule: z.string(),
      meaning: z.string(),
      customers: count,
      /** customers / all scored, 0 … 1; null when nobody was scored. */
      share: z.number().nullable(),
    }),
  ),
});
export type RfmSummary = z.infer<typeof rfmSummarySchema>;
