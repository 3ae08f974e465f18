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
import { pickLanguage, type MessagesIn } from '../../i18n/define-messages.ts';
import { currentLanguage } from '../../i18n/LanguageProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { conditionKindMessages, problemMessages } from './SegmentEditor.messages.ts';

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

type Problems = MessagesIn<typeof problemMessages>;
/** What is wrong, in the language on screen when the form is checked. */
const problems = (): Problems => pickLanguage(problemMessages, currentLanguage());

function range(
  values: ConditionValues,
  read: (text: string) => number | null,
  notRead: 'notAWholeNumber' | 'notAnAmount',
) {
  const p = problems();
  const errors: ConditionErrors = {};
  const min = values.min.trim() === '' ? undefined : read(values.min);
  const max = values.max.trim() === '' ? undefined : read(values.max);
  if (min === null) errors.min = p[notRead];
  if (max === null) errors.max = p[notRead];
  if (min === undefined && max === undefined) errors.min = p.leastOrMost;
  if (typeof min === 'number' && typeof max === 'number' && min > max) errors.max = p.belowTheLeast;
  return { errors, min: min ?? undefined, max: max ?? undefined };
}

function days(values: ConditionValues): number | ConditionErrors {
  const n = whole(values.days);
  if (n === null || n < 1 || n > 3650) return { days: problems().daysOutOfRange };
  return n;
}

/** The tag schema's refusal, worded from what failed. */
function tagProblem(code: string | undefined, p: Problems): string {
  if (code === 'too_small') return p.tagEmpty;
  if (code === 'too_big') return p.tagTooLong;
  if (code === 'invalid_format') return p.tagComma;
  return p.notATag;
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
export const NO_TIER = ' none';
const TIER_OPS = ['is', 'isNot', 'atLeast'] as const;

const isChannel = (text: string): text is ConsentChannel =>
  (CONSENT_CHANNELS as readonly string[]).includes(text);

/** The name of a kind of condition, in the language on screen. */
const kindName = (kind: SegmentConditionKind) => pickLanguage(conditionKindMessages, currentLanguage())[kind];

/**
 * Each kind of condition's name in the reader's language, for components: they re-render on a
 * language switch. CONDITION_FORMS[kind].label says the same in the language on screen when read.
 */
export function useConditionKindLabels(): Record<SegmentConditionKind, string> {
  return useMessages(conditionKindMessages);
}

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
    get label() {
      return kindName('tag');
    },
    empty: () => blank('tag', 'has'),
    parse: (v) => {
      const tag = tagSchema.safeParse(v.value);
      if (!tag.success) return { errors: { value: tagProblem(tag.error.issues[0]?.code, problems()) } };
      return { condition: { kind: 'tag', op: v.op === 'lacks' ? 'lacks' : 'has', tag: tag.data } };
    },
  },
  visits: {
    get label() {
      return kindName('visits');
    },
    empty: () => blank('visits'),
    parse: (v) => {
      const { errors, min, max } = range(v, whole, 'notAWholeNumber');
      return Object.keys(errors).length > 0 ? { errors } : { condition: { kind: 'visits', min, max } };
    },
  },
  spend: {
    get label() {
      return kindName('spend');
    },
    empty: () => blank('spend'),
    parse: (v) => {
      const { errors, min, max } = range(v, parseAmountToMinor, 'notAnAmount');
      return Object.keys(errors).length > 0 ? { errors } : { condition: { kind: 'spend', min, max } };
    },
  },
  lastVisit: {
    get label() {
      return kindName('lastVisit');
    },
    empty: () => ({ ...blank('lastVisit', 'within'), days: '30' }),
    parse: (v) => {
      const n = days(v);
      if (typeof n !== 'number') return { errors: n };
      return { condition: { kind: 'lastVisit', op: v.op === 'notWithin' ? 'notWithin' : 'within', days: n } };
    },
  },
  firstVisit: {
    get label() {
      return kindName('firstVisit');
    },
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
    get label() {
      return kindName('consent');
    },
    empty: () => ({ ...blank('consent', 'granted'), value: 'email' }),
    parse: (v) =>
      isChannel(v.value)
        ? { condition: { kind: 'consent', channel: v.value, granted: v.op !== 'notGranted' } }
        : { errors: { value: problems().pickAChannel } },
  },
  customField: {
    get label() {
      return kindName('customField');
    },
    empty: () => blank('customField', 'equals'),
    parse: (v, fields) => {
      const field = fields.find((candidate) => candidate.id === v.fieldId);
      if (!field) return { errors: { fieldId: problems().pickAField } };
      const op = (CUSTOM_FIELD_OPS as readonly string[]).includes(v.op) ? (v.op as CustomFieldOp) : 'equals';
      if (op === 'empty' || op === 'notEmpty')
        return { condition: { kind: 'customField', fieldId: field.id, op } };
      const value = fieldValue(field, v.value);
      if (value === undefined) {
        const p = problems();
        const expected = {
          number: p.needsNumber,
          date: p.needsDate,
          boolean: p.needsYesOrNo,
          choice: p.needsChoice,
          text: p.needsText,
        };
        return { errors: { value: expected[field.type] } };
      }
      return { condition: { kind: 'customField', fieldId: field.id, op, value } };
    },
  },
  npsGroup: {
    get label() {
      return kindName('npsGroup');
    },
    empty: () => blank('npsGroup', 'promoter'),
    parse: (v) => {
      const group = [...NPS_GROUPS, 'none' as const].find((candidate) => candidate === v.op);
      return group ? { condition: { kind: 'npsGroup', group } } : { errors: { op: problems().pickAGroup } };
    },
  },
  tier: {
    get label() {
      return kindName('tier');
    },
    empty: () => blank('tier', 'is'),
    parse: (v) => {
      const op = TIER_OPS.find((candidate) => candidate === v.op) ?? 'is';
      if (v.value === '') return { errors: { value: problems().pickATier } };
      if (v.value === NO_TIER) {
        return op === 'atLeast'
          ? { errors: { value: problems().pickATierAtLeast } }
          : { condition: { kind: 'tier', op, tier: null } };
      }
      return { condition: { kind: 'tier', op, tier: v.value } };
    },
  },
  rhythm: {
    get label() {
      return kindName('rhythm');
    },
    empty: () => blank('rhythm', 'due'),
    parse: (v) => {
      const status = RHYTHM_STATUSES.find((candidate) => candidate === v.op);
      return status ? { condition: { kind: 'rhythm', status } } : { errors: { op: problems().pickAStatus } };
    },
  },
  pAlive: {
    get label() {
      return kindName('pAlive');
    },
    empty: () => ({ ...blank('pAlive', 'below'), value: '30' }),
    parse: (v) => {
      const percent = whole(v.value.replace('%', ''));
      if (percent === null || percent < 1 || percent > 99)
        return { errors: { value: problems().percentOutOfRange } };
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
