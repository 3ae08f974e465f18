import {
  cesOf,
  csatOf,
  npsOf,
  type CesFigure,
  type CsatFigure,
  type NpsFigure,
} from '../../../shared/domain/satisfaction.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import type { PeriodBounds } from './period.ts';

/** The WHERE of interactions_answers: the index is used only when a query repeats it exactly. */
export const ANSWERS_WHERE = `deleted_at IS NULL AND (nps IS NOT NULL OR csat IS NOT NULL OR ces IS NOT NULL)`;
export const NOT_TRASHED_ID = `customer_id NOT IN (
  SELECT id FROM customers INDEXED BY customers_in_trash WHERE deleted_at IS NOT NULL)`;

// One period per statement: each answer row feeds eight aggregates, not sixteen.
const SQL = `SELECT
    count(*) FILTER (WHERE nps >= 9) AS promoters,
    count(*) FILTER (WHERE nps BETWEEN 7 AND 8) AS passives,
    count(*) FILTER (WHERE nps <= 6) AS detractors,
    count(csat) AS csat_answers,
    count(*) FILTER (WHERE csat >= 4) AS satisfied,
    count(ces) AS ces_answers,
    coalesce(sum(ces), 0) AS ces_sum,
    count(*) FILTER (WHERE ces >= 5) AS easy
  FROM interactions INDEXED BY interactions_answers
  WHERE ${ANSWERS_WHERE} AND occurred_at >= @start AND occurred_at < @end AND ${NOT_TRASHED_ID}`;

type Row = Record<string, number>;

export interface Satisfaction {
  nps: NpsFigure;
  csat: CsatFigure;
  ces: CesFigure;
}

function figures(row: Row | undefined): Satisfaction {
  const get = (name: string) => row?.[name] ?? 0;
  return {
    nps: npsOf(get('promoters'), get('passives'), get('detractors')),
    csat: csatOf(get('csat_answers'), get('satisfied')),
    ces: cesOf(get('ces_answers'), get('ces_sum'), get('easy')),
  };
}

/** NPS, CSAT and CES of a period, from the answers given in it. */
export function satisfactionIn(db: Db, period: PeriodBounds): Satisfaction {
  return figures(prepared<object, Row>(db, SQL).get({ start: period.startMs, end: period.endMs }));
}
