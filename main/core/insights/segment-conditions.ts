import { addDays, dayStartMs } from '../../../shared/domain/calendar-days.ts';
import type { CustomFieldValue } from '../../../shared/domain/custom-field.ts';
import { NPS_GROUP_RANGES } from '../../../shared/domain/satisfaction.ts';
import type {
  SegmentCondition,
  SegmentConditionKind,
  SegmentFilter,
} from '../../../shared/domain/segment.ts';
import type { Db } from '../db/open.ts';
import { AppError } from '../errors.ts';
import { findFieldRow, type DbCustomField } from '../repos/custom-fields-repo.ts';
import type { SqlParams } from './local-day-sql.ts';
import { pAliveConditionSql, rhythmConditionSql, tierConditionSql } from './loyalty-rhythm-conditions.ts';

/**
 * What a condition compiler gets: a way to bind values (every value is a named parameter, never
 * SQL text), today's local day for "in the last N days", and the database for lookups such as
 * the custom field's type.
 */
export interface CompileContext {
  db: Db;
  today: string;
  /** The core's clock: which loyalty program version is in force. */
  now: number;
  bind: (value: string | number | null) => string;
}

type Compiler<K extends SegmentConditionKind> = (
  condition: Extract<SegmentCondition, { kind: K }>,
  context: CompileContext,
  path: string,
) => string;

/**
 * One compiler per condition kind, each returning a boolean SQL expression over the live
 * customers row `c`. Expressions should read only c.id, c.seq and the visit facts
 * (last_visit_at, first_visit_at, visit_count, total_spend_minor), plus subqueries: counts then
 * come from the customers_segment_facts index without reading a customers row. A kind without
 * a compiler does not compile; new kinds (loyalty tier, rhythm status, P(alive)) are typically
 * `c.id IN (SELECT customer_id FROM … WHERE …)` over their own tables.
 */
export const CONDITION_COMPILERS: { [K in SegmentConditionKind]: Compiler<K> } = {
  tag: (condition, { bind }) => {
    const tagged = `SELECT customer_id FROM customer_tags WHERE tag_id = (SELECT id FROM tags WHERE name = ${bind(condition.tag)})`;
    return `c.id ${condition.op === 'has' ? 'IN' : 'NOT IN'} (${tagged})`;
  },
  visits: (condition, { bind }) => range('c.visit_count', condition.min, condition.max, bind),
  spend: (condition, { bind }) => range('c.total_spend_minor', condition.min, condition.max, bind),
  lastVisit: (condition, context) => sinceDay('c.last_visit_at', condition.op, condition.days, context),
  firstVisit: (condition, context) => sinceDay('c.first_visit_at', condition.op, condition.days, context),
  consent: (condition, { bind }) => {
    // The consent in force is the latest answer for the channel (max() picks its row's `granted`).
    const granted = `SELECT customer_id FROM (
      SELECT customer_id, granted, max(recorded_at) FROM customer_consents
      WHERE channel = ${bind(condition.channel)} GROUP BY customer_id) WHERE granted = 1`;
    return `c.id ${condition.granted ? 'IN' : 'NOT IN'} (${granted})`;
  },
  customField: (condition, context, path) => customFieldSql(condition, context, path),
  npsGroup: (condition, { bind }) => {
    const answered = `SELECT customer_id FROM interactions INDEXED BY interactions_nps_by_customer
      WHERE deleted_at IS NULL AND nps IS NOT NULL`;
    if (condition.group === 'none') return `c.id NOT IN (${answered})`;
    const [low, high] = NPS_GROUP_RANGES[condition.group];
    // Each customer's latest answer: max() takes nps from the row with the latest occurred_at.
    return `c.id IN (SELECT customer_id FROM (
      SELECT customer_id, nps, max(occurred_at) FROM interactions INDEXED BY interactions_nps_by_customer
      WHERE deleted_at IS NULL AND nps IS NOT NULL GROUP BY customer_id)
      WHERE nps BETWEEN ${bind(low)} AND ${bind(high)})`;
  },
  tier: tierConditionSql,
  rhythm: (condition, context) => rhythmConditionSql(condition, context),
  pAlive: pAliveConditionSql,
};

function range(
  column: string,
  min: number | undefined,
  max: number | undefined,
  bind: CompileContext['bind'],
) {
  const parts = [];
  if (min !== undefined) parts.push(`${column} >= ${bind(min)}`);
  if (max !== undefined) parts.push(`${column} <= ${bind(max)}`);
  return parts.join(' AND ');
}

/** "Within the last N days": since the start of the local day N − 1 days before today. */
function sinceDay(column: string, op: 'within' | 'notWithin', days: number, context: CompileContext): string {
  const since = context.bind(dayStartMs(addDays(context.today, -(days - 1))));
  return op === 'within' ? `${column} >= ${since}` : `${column} < ${since}`;
}

function fieldValueError(path: string, field: DbCustomField, reason: string): AppError {
  return new AppError('invalid_input', `${path}.value: ${field.name} ${reason}`, `${path}.value`);
}

/** The value as customer_field_values stores it (JSON), after checking it fits the field's type. */
function storedValue(field: DbCustomField, value: CustomFieldValue | undefined, path: string): string {
  const typed = typeof value === 'string' ? value.trim() : value;
  const fits: Record<DbCustomField['type'], boolean> = {
    text: typeof typed === 'string',
    choice: typeof typed === 'string',
    number: typeof typed === 'number',
    date: typeof typed === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(typed),
    boolean: typeof typed === 'boolean',
  };
  if (!fits[field.type]) {
    const expected = {
      text: 'text',
      choice: 'one of its choices',
      number: 'a number',
      date: 'a date as YYYY-MM-DD',
      boolean: 'yes or no',
    };
    throw fieldValueError(path, field, `is compared with ${expected[field.type]}`);
  }
  return JSON.stringify(typed);
}

function customFieldSql(
  condition: Extract<SegmentCondition, { kind: 'customField' }>,
  { db, bind }: CompileContext,
  path: string,
): string {
  const field = findFieldRow(db, condition.fieldId);
  if (!field)
    throw new AppError(
      'invalid_input',
      `${path}.fieldId: no custom field with id ${condition.fieldId}`,
      `${path}.fieldId`,
    );
  const values = `SELECT customer_id FROM customer_field_values WHERE field_id = ${bind(field.id)}`;
  switch (condition.op) {
    case 'empty':
      return `c.id NOT IN (${values})`;
    case 'notEmpty':
      return `c.id IN (${values})`;
    case 'equals':
    case 'notEquals': {
      const equal = `${values} AND value = ${bind(storedValue(field, condition.value, path))}`;
      return `c.id ${condition.op === 'equals' ? 'IN' : 'NOT IN'} (${equal})`;
    }
    case 'atLeast':
    case 'atMost': {
      if (field.type !== 'number' && field.type !== 'date') {
        throw fieldValueError(path, field, 'is not a number or a date, so it has no "at least" or "at most"');
      }
      const stored = storedValue(field, condition.value, path);
      const bound = bind(JSON.parse(stored) as string | number);
      return `c.id IN (${values} AND value ->> '$' ${condition.op === 'atLeast' ? '>=' : '<='} ${bound})`;
    }
  }
}

/**
 * The filter as one WHERE clause over live customers `c`, with its parameters. `bySet` says that
 * every match must be in some `c.id IN (…)` set (all conditions must hold, one is such a set):
 * then looking up the set's customers by id beats reading the whole facts index.
 */
export function compileFilter(
  db: Db,
  filter: SegmentFilter,
  today: string,
  now: number,
): { where: string; params: SqlParams; bySet: boolean } {
  const params: SqlParams = {};
  const context: CompileContext = {
    db,
    today,
    now,
    bind: (value) => {
      const name = `v${Object.keys(params).length}`;
      params[name] = value;
      return `@${name}`;
    },
  };
  const parts = filter.conditions.map((condition, index) => {
    // The map is keyed by kind, so this compiler is the one for this condition's kind.
    const compile = CONDITION_COMPILERS[condition.kind] as (
      condition: SegmentCondition,
      context: CompileContext,
      path: string,
    ) => string;
    return `(${compile(condition, context, `filter.conditions.${index}`)})`;
  });
  const joined = parts.length === 0 ? '1' : parts.join(filter.match === 'all' ? ' AND ' : ' OR ');
  const bySet = filter.match === 'all' && parts.some((part) => part.startsWith('(c.id IN ('));
  return { where: `c.deleted_at IS NULL AND (${joined})`, params, bySet };
}
