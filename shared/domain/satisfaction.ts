import { z } from 'zod';

// The standard scores (PRODUCT.md, "Standard definitions"), computed from answer counts. A score
// of no answers is null, never 0: "no answers yet" and "everyone unhappy" must not look alike.

const count = z.number().int().min(0);

export const npsSchema = z.object({
  /** % of 9–10 answers minus % of 0–6 answers, −100 … +100; null without answers. */
  score: z.number().nullable(),
  answers: count,
  promoters: count,
  passives: count,
  detractors: count,
});
export type NpsFigure = z.infer<typeof npsSchema>;

export const csatSchema = z.object({
  /** Share of 4 and 5 answers on the 1–5 scale, in percent; null without answers. */
  score: z.number().nullable(),
  answers: count,
  satisfied: count,
});
export type CsatFigure = z.infer<typeof csatSchema>;

export const cesSchema = z.object({
  /** Mean answer on the 1–7 scale ("made it easy for me"); null without answers. */
  mean: z.number().nullable(),
  /** Share of 5–7 answers, in percent; null without answers. */
  easyShare: z.number().nullable(),
  answers: count,
  easy: count,
});
export type CesFigure = z.infer<typeof cesSchema>;

const percent = (part: number, whole: number) => (whole === 0 ? null : (part / whole) * 100);

export function npsOf(promoters: number, passives: number, detractors: number): NpsFigure {
  const answers = promoters + passives + detractors;
  const score = answers === 0 ? null : ((promoters - detractors) / answers) * 100;
  return { score, answers, promoters, passives, detractors };
}

export function csatOf(answers: number, satisfied: number): CsatFigure {
  return { score: percent(satisfied, answers), answers, satisfied };
}

export function cesOf(answers: number, sum: number, easy: number): CesFigure {
  return { mean: answers === 0 ? null : sum / answers, easyShare: percent(easy, answers), answers, easy };
}

/** The NPS group an answer puts a customer in. */
export const NPS_GROUPS = ['promoter', 'passive', 'detractor'] as const;
export type NpsGroup = (typeof NPS_GROUPS)[number];

export const NPS_GROUP_RANGES: Record<NpsGroup, readonly [number, number]> = {
  promoter: [9, 10],
  passive: [7, 8],
  detractor: [0, 6],
};
