import { z } from 'zod';
import { customFieldValueSchema, type CustomFieldValue } from './custom-field.ts';
import { CONSENT_CHANNELS, tagSchema } from './customer.ts';
import { formatMinorPlain } from './money.ts';
import { NPS_GROUPS } from './satisfaction.ts';

/*
 * A segment is a saved list of typed conditions over customer facts, joined by "all" or "any".
 * Each kind has its own schema here and its own SQL compiler in main/core/insights/
 * segment-conditions.ts (a Record over SEGMENT_CONDITION_KINDS, so a kind without a compiler
 * does not compile). Adding a kind (tier, rhythm status, P(alive)) means: a schema in
 * `segmentConditionSchema`, a compiler, a line in describeCondition, an editor row.
 */

const days = z.number().int('must be whole days').min(1, 'must be at least 1 day').max(3650, 'is too long');
const visitCount = z.number().int('must be a whole number').min(0, 'must not be negative').max(100_000);
const amount = z.number().int('must be in whole cents').min(-100_000_000_00).max(100_000_000_00);

function aRange<T extends { min?: number | undefined; max?: number | undefined }>(
  value: T,
  ctx: z.RefinementCtx,
) {
  if (value.min === undefined && value.max === undefined)
    ctx.addIssue({ code: 'custom', message: 'needs a lowest or a highest value', path: ['min'] });
  if (value.min !== undefined && value.max !== undefined && value.min > value.max)
    ctx.addIssue({ code: 'custom', message: 'the lowest value is above the highest', path: ['max'] });
}

export const tagConditionSchema = z.strictObject({
  kind: z.literal('tag'),
  op: z.enum(['has', 'lacks']),
  tag: tagSchema,
});

/** Visits (distinct days) over the customer's whole history. */
export const visitsConditionSchema = z
  .strictObject({ kind: z.literal('visits'), min: visitCount.optional(), max: visitCount.optional() })
  .superRefine(aRange);

/** Total spend over the customer's whole history, in minor units. */
export const spendConditionSchema = z
  .strictObject({ kind: z.literal('spend'), min: amount.optional(), max: amount.optional() })
  .superRefine(aRange);

/** `within`: visited in the last N calendar days, today included; `notWithin`: visited, but not since. */
export const lastVisitConditionSchema = z.strictObject({
  kind: z.literal('lastVisit'),
  op: z.enum(['within', 'notWithin']),
  days,
});

/** `within`: first visit in the last N calendar days; `notWithin`: first visit before that. */
export const firstVisitConditionSchema = z.strictObject({
  kind: z.literal('firstVisit'),
  op: z.enum(['within', 'notWithin']),
  days,
});

/** The consent in force for the channel: granted, or not (never asked, or withdrawn). */
export const consentConditionSchema = z.strictObject({
  kind: z.literal('consent'),
  channel: z.enum(CONSENT_CHANNELS),
  granted: z.boolean(),
});

export const CUSTOM_FIELD_OPS = ['equals', 'notEquals', 'atLeast', 'atMost', 'empty', 'notEmpty'] as const;
export type CustomFieldOp = (typeof CUSTOM_FIELD_OPS)[number];

/** atLeast / atMost compare numbers as numbers and dates (YYYY-MM-DD) as dates. */
export const customFieldConditionSchema = z
  .strictObject({
    kind: z.literal('customField'),
    fieldId: z.string().min(1).max(64),
    op: z.enum(CUSTOM_FIELD_OPS),
    value: customFieldValueSchema.optional(),
  })
  .superRefine((condition, ctx) => {
    const needsValue = condition.op !== 'empty' && condition.op !== 'notEmpty';
    const empty = condition.value === undefined || condition.value === null || condition.value === '';
    if (needsValue && empty) ctx.addIssue({ code: 'custom', message: 'needs a value', path: ['value'] });
  });

/** The group of the customer's latest NPS answer; `none` for customers who never answered. */
export const npsGroupConditionSchema = z.strictObject({
  kind: z.literal('npsGroup'),
  group: z.enum([...NPS_GROUPS, 'none']),
});

/**
 * The loyalty tier in the program in force now, by name (as the owner named it). `tier: null` is
 * "no tier": `is` null matches customers without one, `isNot` null those with one. `atLeast`
 * follows the program's order of tiers (the lowest first).
 */
export const tierConditionSchema = z
  .strictObject({
    kind: z.literal('tier'),
    op: z.enum(['is', 'isNot', 'atLeast']),
    tier: z.string().trim().min(1, 'pick a tier').max(40).nullable(),
  })
  .refine((condition) => condition.op !== 'atLeast' || condition.tier !== null, {
    message: 'needs a tier to be at least',
    path: ['tier'],
  });

/**
 * Where the customer is in their own visit rhythm today, as Today's reminders see it
 * (main/core/reminders/rhythm.ts: rhythmState over the days stored in customer_rhythm). The four
 * states need two or more visit days; `singleVisit` is everyone with exactly one.
 */
export const RHYTHM_STATUSES = ['notYet', 'due', 'overdue', 'lapsed', 'singleVisit'] as const;
export type RhythmStatus = (typeof RHYTHM_STATUSES)[number];
export const rhythmConditionSchema = z.strictObject({
  kind: z.literal('rhythm'),
  status: z.enum(RHYTHM_STATUSES),
});

/** The chance, from the fitted BG/NBD model, that the customer still comes: below or above a percentage. */
export const pAliveConditionSchema = z.strictObject({
  kind: z.literal('pAlive'),
  op: z.enum(['below', 'above']),
  percent: z
    .number()
    .int('must be a whole percentage')
    .min(1, 'must be at least 1%')
    .max(99, 'must be at most 99%'),
});

export const segmentConditionSchema = z.discriminatedUnion('kind', [
  tagConditionSchema,
  visitsConditionSchema,
  spendConditionSchema,
  lastVisitConditionSchema,
  firstVisitConditionSchema,
  consentConditionSchema,
  customFieldConditionSchema,
  npsGroupConditionSchema,
  tierConditionSchema,
  rhythmConditionSchema,
  pAliveConditionSchema,
]);
export type SegmentCondition = z.infer<typeof segmentConditionSchema>;
export type SegmentConditionKind = SegmentCondition['kind'];
export const SEGMENT_CONDITION_KINDS = [
  'tag',
  'visits',
  'spend',
  'lastVisit',
  'firstVisit',
  'consent',
  'customField',
  'npsGroup',
  'tier',
  'rhythm',
  'pAlive',
] as const satisfies readonly SegmentConditionKind[];

export const MAX_CONDITIONS = 20;

/** No conditions means every customer. */
export const segmentFilterSchema = z.strictObject({
  match: z.enum(['all', 'any']).default('all'),
  conditions: z.array(segmentConditionSchema).max(MAX_CONDITIONS, `at most ${MAX_CONDITIONS} conditions`),
});
export type SegmentFilter = z.infer<typeof segmentFilterSchema>;
export type SegmentFilterInput = z.input<typeof segmentFilterSchema>;

export const segmentNameSchema = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(60, 'must be at most 60 characters');

export const segmentInputSchema = z.strictObject({ name: segmentNameSchema, filter: segmentFilterSchema });
export type SegmentInput = z.input<typeof segmentInputSchema>;

export const segmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  filter: segmentFilterSchema,
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type Segment = z.infer<typeof segmentSchema>;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function rangeText(min: number | undefined, max: number | undefined, show: (n: number) => string): string {
  if (min !== undefined && max !== undefined) return min === max ? show(min) : `${show(min)} to ${show(max)}`;
  if (min !== undefined) return `at least ${show(min)}`;
  return `at most ${show(max ?? 0)}`;
}

function valueText(value: CustomFieldValue | undefined): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return typeof value === 'string' ? `“${value}”` : String(value);
}

const FIELD_OP_TEXT: Record<CustomFieldOp, string> = {
  equals: 'is',
  notEquals: 'is not',
  atLeast: 'is at least',
  atMost: 'is at most',
  empty: 'is empty',
  notEmpty: 'is filled in',
};

export const RHYTHM_STATUS_TEXT: Record<RhythmStatus, string> = {
  notYet: 'not yet due back (by their own rhythm)',
  due: 'due back (by their own rhythm)',
  overdue: 'overdue (by their own rhythm)',
  lapsed: 'past their rhythm, lapsed',
  singleVisit: 'visited on a single day so far',
};

function tierText(condition: Extract<SegmentCondition, { kind: 'tier' }>): string {
  if (condition.tier === null) return condition.op === 'isNot' ? 'has a loyalty tier' : 'has no loyalty tier';
  if (condition.op === 'atLeast') return `loyalty tier “${condition.tier}” or higher`;
  return `loyalty tier ${condition.op === 'is' ? 'is' : 'is not'} “${condition.tier}”`;
}

/** One condition in words, for the editor's summary, the segments list and the CLI. */
export function describeCondition(condition: SegmentCondition, fieldName: (id: string) => string): string {
  switch (condition.kind) {
    case 'tag':
      return `${condition.op === 'has' ? 'has' : 'does not have'} the tag “${condition.tag}”`;
    case 'visits':
      return `${rangeText(condition.min, condition.max, (n) => String(n))} visits`;
    case 'spend':
      return `spent ${rangeText(condition.min, condition.max, formatMinorPlain)} in total`;
    case 'lastVisit':
      return condition.op === 'within'
        ? `visited in the last ${plural(condition.days, 'day', 'days')}`
        : `has visited, but not in the last ${plural(condition.days, 'day', 'days')}`;
    case 'firstVisit':
      return condition.op === 'within'
        ? `first visit in the last ${plural(condition.days, 'day', 'days')}`
        : `first visit more than ${plural(condition.days, 'day', 'days')} ago`;
    case 'consent':
      return `${condition.granted ? 'agreed to' : 'has not agreed to'} contact by ${condition.channel}`;
    case 'customField': {
      const op = FIELD_OP_TEXT[condition.op];
      const value =
        condition.op === 'empty' || condition.op === 'notEmpty' ? '' : ` ${valueText(condition.value)}`;
      return `${fieldName(condition.fieldId)} ${op}${value}`;
    }
    case 'npsGroup':
      return condition.group === 'none' ? 'never answered NPS' : `latest NPS answer: ${condition.group}`;
    case 'tier':
      return tierText(condition);
    case 'rhythm':
      return RHYTHM_STATUS_TEXT[condition.status];
    case 'pAlive':
      return `chance of coming back (P(alive)) ${condition.op} ${condition.percent}%`;
  }
}

export function describeFilter(filter: SegmentFilter, fieldName: (id: string) => string): string {
  if (filter.conditions.length === 0) return 'every customer';
  const joiner = filter.match === 'all' ? ' and ' : ' or ';
  return filter.conditions.map((condition) => describeCondition(condition, fieldName)).join(joiner);
}
