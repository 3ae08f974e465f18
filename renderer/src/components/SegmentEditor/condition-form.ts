import { z } from 'zod';
import type { CustomField, CustomFieldValue } from '../../../../shared/domain/custom-field.ts';
import { CONSENT_CHANNELS, type ConsentChannel, tagSchema } from '../../../../shared/domain/customer.ts';
import { formatMinorPlain, parseAmountToMinor } from '../../../../shared/domain/money.ts';
import { NPS_GROUPS } from '../../../../shared/domain/satisfaction.ts';
import {
  CUSTOM_FIELD_OPS,
  RHYTHM_STATUSES,
  segmentNameSchema,
  type CustomFieldOp,
  type SegmentCondition,
  type SegmentConditionKind,
  type SegmentFilter,
  type SegmentInput,
} from '../../../../shared/domain/segment.ts';

/** One condition as typed: strings, so a half-typed number is kept and pointed out, not lost. */
export interface ConditionValues {
  kind: SegmentConditionKind;
  op: string;
  value: string;
  min: string;
  max: string;
  days: string;
  fieldId: string;
}
export type ConditionErrors = Partial<Record<'op' | 'value' | 'min' | 'max' | 'days' | 'fieldId', string>>;
type Parsed = { condition: SegmentCondition } | { errors: ConditionErrors };

export interface SegmentFormValues {
  name: string;
  match: 'all' | 'any';
  conditions: ConditionValues[];
}

const blank = (kind: SegmentConditionKind, op = ''): ConditionValues => ({
  kind,
  op,
  value: '',
  min: '',
  max: '',
  days: '',
  fieldId: '',
});

const whole = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : null);

function range(values: ConditionValues, read: (text: string) => number | null, what: string) {
  const errors: ConditionErrors = {};
  const min = values.min.trim() === '' ? undefined : read(values.min);
  const max = values.max.trim() === '' ? undefined : read(values.max);
  if (min === null) errors.min = `is not ${what}`;
  if (max === null) errors.max = `is not ${what}`;
  if (min === undefined && max === undefined) errors.min = 'or the most is needed';
  if (typeof min === 'number' && typeof max === 'number' && min > max) errors.max = 'is below the least';
  return { errors, min: min ?? undefined, max: max ?? undefined };
}

function days(values: ConditionValues): number | ConditionErrors {
  const n = whole(values.days);
  if (n === null || n < 1 || n > 3650) return { days: 'must be a whole number of days from 1 to 3650' };
  return n;
}

function fieldValue(field: CustomField, text: string): CustomFieldValue | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (field.type === 'boolean') return trimmed === 'yes' ? true : trimmed === 'no' ? false : undefined;
  if (field.type === 'number') {
    const n = Number(trimmed.replace(',', '.'));
    return Number.isFinite(n) ? n : undefined;
  }
  if (field.type === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? trimmed : undefined;
  return trimmed;
}

/** The tier select's value for "no tier": tier names are trimmed, so none starts with a space. */
export const NO_TIER = ' no tier';
const TIER_OPS = ['is', 'isNot', 'atLeast'] as const;

const isChannel = (text: string): text is ConsentChannel =>
  (CONSENT_CHANNELS as readonly string[]).includes(text);

/**
 * Each kind of condition: its name in the editor, a fresh row, and how a typed row becomes a
 * condition (or says what is wrong). A kind added to SegmentCondition must be added here too.
 */
export const CONDITION_FORMS: {
  [K in SegmentConditionKind]: {
    label: string;
    empty: () => ConditionValues;
    parse: (v: ConditionValues, fields: readonly CustomField[]) => Parsed;
  };
} = {
  tag: {
    label: 'Tag',
    empty: () => blank('tag', 'has'),
    parse: (v) => {
      const tag = tagSchema.safeParse(v.value);
      if (!tag.success) return { errors: { value: tag.error.issues[0]?.message ?? 'is not a tag' } };
      return { condition: { kind: 'tag', op: v.op === 'lacks' ? 'lacks' : 'has', tag: tag.data } };
    },
  },
  visits: {
    label: 'Number of visits',
    empty: () => blank('visits'),
    parse: (v) => {
      const { errors, min, max } = range(v, whole, 'a whole number');
      return Object.keys(errors).length > 0 ? { errors } : { condition: { kind: 'visits', min, max } };
    },
  },
  spend: {
    label: 'Total spend',
    empty: () => blank('spend'),
    parse: (v) => {
      const { errors, min, max } = range(v, parseAmountToMinor, 'an amount like 12.50');
      return Object.keys(errors).length > 0 ? { errors } : { condition: { kind: 'spend', min, max } };
    },
  },
  lastVisit: {
    label: 'Last visit',
    empty: () => ({ ...blank('lastVisit', 'within'), days: '30' }),
    parse: (v) => {
      const n = days(v);
      if (typeof n !== 'number') return { errors: n };
      return { condition: { kind: 'lastVisit', op: v.op === 'notWithin' ? 'notWithin' : 'within', days: n } };
    },
  },
  firstVisit: {
    label: 'First visit',
    empty: () => ({ ...blank('firstVisit', 'within'), days: '30' }),
    parse: (v) => {
      const n = days(v);
      if (typeof n !== 'number') return { errors: n };
      return {
        condition: { kind: 'firstVisit', op: v.op === 'notWithin' ? 'notWithin' : 'within', days: n },
      };
    },
  },
  consent: {
    label: 'Consent',
    empty: () => ({ ...blank('consent', 'granted'), value: 'email' }),
    parse: (v) =>
      isChannel(v.value)
        ? { condition: { kind: 'consent', channel: v.value, granted: v.op !== 'notGranted' } }
        : { errors: { value: 'pick a channel' } },
  },
  customField: {
    label: 'Custom field',
    empty: () => blank('customField', 'equals'),
    parse: (v, fields) => {
      const field = fields.find((candidate) => candidate.id === v.fieldId);
      if (!field) return { errors: { fieldId: 'pick a field' } };
      const op = (CUSTOM_FIELD_OPS as readonly string[]).includes(v.op) ? (v.op as CustomFieldOp) : 'equals';
      if (op === 'empty' || op === 'notEmpty')
        return { condition: { kind: 'customField', fieldId: field.id, op } };
      const value = fieldValue(field, v.value);
      if (value === undefined) {
        const expected = {
          number: 'a number',
          date: 'a date',
          boolean: 'yes or no',
          choice: 'one of the choices',
          text: 'some text',
        };
        return { errors: { value: `needs ${expected[field.type]}` } };
      }
      return { condition: { kind: 'customField', fieldId: field.id, op, value } };
    },
  },
  npsGroup: {
    label: 'NPS group',
    empty: () => blank('npsGroup', 'promoter'),
    parse: (v) => {
      const group = [...NPS_GROUPS, 'none' as const].find((candidate) => candidate === v.op);
      return group ? { condition: { kind: 'npsGroup', group } } : { errors: { op: 'pick a group' } };
    },
  },
  tier: {
    label: 'Loyalty tier',
    empty: () => blank('tier', 'is'),
    parse: (v) => {
      const op = TIER_OPS.find((candidate) => candidate === v.op) ?? 'is';
      if (v.value === '') return { errors: { value: 'pick a tier' } };
      if (v.value === NO_TIER) {
        return op === 'atLeast'
          ? { errors: { value: 'pick a tier to be at least' } }
          : { condition: { kind: 'tier', op, tier: null } };
      }
      return { condition: { kind: 'tier', op, tier: v.value } };
    },
  },
  rhythm: {
    label: 'Visit rhythm',
    empty: () => blank('rhythm', 'due'),
    parse: (v) => {
      const status = RHYTHM_STATUSES.find((candidate) => candidate === v.op);
      return status ? { condition: { kind: 'rhythm', status } } : { errors: { op: 'pick a status' } };
    },
  },
  pAlive: {
    label: 'Chance of coming back (P(alive))',
    empty: () => ({ ...blank('pAlive', 'below'), value: '30' }),
    parse: (v) => {
      const percent = whole(v.value.replace('%', ''));
      if (percent === null || percent < 1 || percent > 99)
        return { errors: { value: 'must be a whole percentage from 1 to 99' } };
      return { condition: { kind: 'pAlive', op: v.op === 'above' ? 'above' : 'below', percent } };
    },
  },
};

/** The typed rows as a filter, or the errors of each row by index. */
export function toFilter(
  values: Pick<SegmentFormValues, 'match' | 'conditions'>,
  fields: readonly CustomField[],
): { filter: SegmentFilter | null; errors: ConditionErrors[] } {
  const parsed = values.conditions.map((condition) =>
    CONDITION_FORMS[condition.kind].parse(condition, fields),
  );
  const errors = parsed.map((result) => ('errors' in result ? result.errors : {}));
  const conditions = parsed.flatMap((result) => ('condition' in result ? [result.condition] : []));
  return { filter: conditions.length === parsed.length ? { match: values.match, conditions } : null, errors };
}

/** The form's schema: the name as the core checks it, each row through CONDITION_FORMS. */
export function segmentFormSchema(fields: readonly CustomField[]) {
  return z
    .object({
      name: segmentNameSchema,
      match: z.enum(['all', 'any']),
      conditions: z.array(z.custom<ConditionValues>()),
    })
    .superRefine((values, ctx) => {
      toFilter(values, fields).errors.forEach((rowErrors, index) => {
        for (const [key, message] of Object.entries(rowErrors)) {
          ctx.addIssue({ code: 'custom', message, path: ['conditions', index, key] });
        }
      });
    })
    .transform((values): SegmentInput => {
      const { filter } = toFilter(values, fields);
      return { name: values.name, filter: filter ?? { match: values.match, conditions: [] } };
    });
}

/** A saved condition back into typed values, for editing. */
export function toValues(condition: SegmentCondition): ConditionValues {
  const values = CONDITION_FORMS[condition.kind].empty();
  switch (condition.kind) {
    case 'tag':
      return { ...values, op: condition.op, value: condition.tag };
    case 'visits':
      return { ...values, min: condition.min?.toString() ?? '', max: condition.max?.toString() ?? '' };
    case 'spend':
      return {
        ...values,
        min: condition.min === undefined ? '' : formatMinorPlain(condition.min),
        max: condition.max === undefined ? '' : formatMinorPlain(condition.max),
      };
    case 'lastVisit':
    case 'firstVisit':
      return { ...values, op: condition.op, days: String(condition.days) };
    case 'consent':
      return { ...values, op: condition.granted ? 'granted' : 'notGranted', value: condition.channel };
    case 'customField': {
      const value = condition.value;
      const text =
        typeof value === 'boolean'
          ? value
            ? 'yes'
            : 'no'
          : value === undefined || value === null
            ? ''
            : String(value);
      return { ...values, op: condition.op, fieldId: condition.fieldId, value: text };
    }
    case 'npsGroup':
      return { ...values, op: condition.group };
    case 'tier':
      return { ...values, op: condition.op, value: condition.tier ?? NO_TIER };
    case 'rhythm':
      return { ...values, op: condition.status };
    case 'pAlive':
      return { ...values, op: condition.op, value: String(condition.percent) };
  }
}
