import { addMonths, rangeMs } from '../../../shared/domain/calendar-days.ts';
import {
  customerSetSchema,
  type CustomerSet,
  type CustomerSetInput,
} from '../../../shared/domain/customer-set.ts';
import type { CustomerSummary } from '../../../shared/domain/customer.ts';
import type { Figure } from '../../../shared/domain/insights.ts';
import type { CoreContext } from '../context.ts';
import { prepared } from '../db/statements.ts';
import { toCustomerSummary, type DbCustomerSummary } from '../repos/customer-rows.ts';
import { SUMMARY_COLUMNS } from '../repos/customers-repo.ts';
import { parseOrThrow } from '../validate.ts';
import { readActiveDays } from './insights-settings.ts';
import { dayNumber, type SqlParams } from './local-day-sql.ts';
import { rfmAsOfDay, RFM_SEGMENT_SET_SQL } from './rfm.ts';
import { ANSWERS_WHERE } from './satisfaction-sql.ts';
import { filterSeqsSql, getSegment } from './segments.ts';
import { NOT_TRASHED_SEQ, VISIT_FIGURE_SETS, type VisitFigureSet } from './visit-day-sql.ts';

/** A set as SQL selecting the distinct `seq` of its live customers, and that SQL's parameters. */
export interface SetSql {
  sql: string;
  params: SqlParams;
}

const ANSWER_COLUMN: Record<'npsAnswers' | 'csatAnswers' | 'cesAnswers', string> = {
  npsAnswers: 'nps',
  csatAnswers: 'csat',
  cesAnswers: 'ces',
};

function figureSql(ctx: CoreContext, figure: Figure, range: { from: string; to: string }): SetSql {
  if (figure === 'npsAnswers' || figure === 'csatAnswers' || figure === 'cesAnswers') {
    const { start, end } = rangeMs(range);
    return {
      sql: `SELECT c.seq FROM customers c WHERE c.deleted_at IS NULL AND c.id IN (
        SELECT customer_id FROM interactions INDEXED BY interactions_answers
        WHERE ${ANSWERS_WHERE} AND ${ANSWER_COLUMN[figure]} IS NOT NULL AND occurred_at >= @start AND occurred_at < @end)`,
      params: { start, end },
    };
  }
  const set: VisitFigureSet = figure;
  return {
    sql: VISIT_FIGURE_SETS[set],
    params: { a: dayNumber(range.from), b: dayNumber(range.to), n: readActiveDays(ctx.db) },
  };
}

/** First visit in `month`, and a visit `monthsSince` months later. */
function cohortSql(month: string, monthsSince: number): SetSql {
  const first = `${month}-01`;
  const later = addMonths(first, monthsSince);
  return {
    sql: `SELECT f.customer_seq FROM visit_days f INDEXED BY visit_days_firsts
      WHERE f.prev_day < 0 AND f.day BETWEEN @m0 AND @m1 AND f.${NOT_TRASHED_SEQ}
        AND EXISTS (SELECT 1 FROM visit_days v WHERE v.customer_seq = f.customer_seq AND v.day BETWEEN @k0 AND @k1)`,
    params: {
      m0: dayNumber(first),
      m1: dayNumber(addMonths(first, 1)) - 1,
      k0: dayNumber(later),
      k1: dayNumber(addMonths(later, 1)) - 1,
    },
  };
}

/** Resolves a set, at the moment of the call, to the SQL of its customers. */
export function customerSetSql(ctx: CoreContext, set: CustomerSet): SetSql {
  switch (set.kind) {
    case 'filter':
      return filterSeqsSql(ctx, set.filter);
    case 'segment':
      return filterSeqsSql(ctx, getSegment(ctx, set.id).filter);
    case 'rfm':
      return {
        sql: RFM_SEGMENT_SET_SQL,
        params: { asOf: rfmAsOfDay(ctx, set.asOf).asOfDay, segment: set.segment },
      };
    case 'figure':
      return figureSql(ctx, set.figure, set.period);
    case 'cohort':
      return cohortSql(set.month, set.monthsSince);
    case 'tier':
      // The same customers as the segment condition "tier is …" (null: "has no tier").
      return filterSeqsSql(ctx, { match: 'all', conditions: [{ kind: 'tier', op: 'is', tier: set.tier }] });
  }
}

export function parseSet(input: CustomerSetInput): CustomerSet {
  return parseOrThrow(customerSetSchema, input);
}

/** One page of a set's customers, by name, and how many there are. */
export function listSetCustomers(
  ctx: CoreContext,
  input: { set: CustomerSetInput; limit: number; offset: number },
): { items: CustomerSummary[]; total: number } {
  const { sql, params } = customerSetSql(ctx, parseSet(input.set));
  return ctx.db.transaction(() => {
    const total =
      prepared<object, { n: number }>(ctx.db, `SELECT count(*) AS n FROM (${sql})`).get(params)?.n ?? 0;
    if (total <= input.offset) return { items: [], total };
    const items = prepared<object, DbCustomerSummary>(
      ctx.db,
      `SELECT ${SUMMARY_COLUMNS} FROM customers c WHERE c.seq IN (${sql})
       ORDER BY c.sort_name, c.seq LIMIT @limit OFFSET @offset`,
    )
      .all({ ...params, limit: input.limit, offset: input.offset })
      .map(toCustomerSummary);
    return { items, total };
  })();
}

/** Every id of a set, in name order (for exports and bulk tagging). */
export function setCustomerIds(ctx: CoreContext, set: CustomerSet): string[] {
  const { sql, params } = customerSetSql(ctx, set);
  return prepared<object, { id: string }>(
    ctx.db,
    `SELECT c.id FROM customers c WHERE c.seq IN (${sql}) ORDER BY c.sort_name, c.seq`,
  )
    .all(params)
    .map((row) => row.id);
}
