import {
  dayToIso,
  DAY_MS,
  isoToDay,
  localDayOf,
  startOfLocalDay,
} from '../../../shared/domain/calendar-day.ts';
import {
  SUGGESTION_KINDS,
  type OutcomeReport,
  type SuggestionKind,
} from '../../../shared/domain/suggestions.ts';
import type { CoreContext } from '../context.ts';
import { prepared } from '../db/statements.ts';
import { AppError } from '../errors.ts';
import { contactKindsWhere, readSuggestionSettings } from '../repos/suggestion-repo.ts';

// What works: per kind, the follow-ups logged from suggestions and how many of those customers
// visited within the outcome window. As of a day, only what was known by its end counts: later
// follow-ups and later visits are ignored, and a window still open then is "pending".

interface Row {
  kind: SuggestionKind;
  sent: number;
  came_back: number;
  pending: number;
}

export function suggestionOutcomes(ctx: CoreContext, asOf?: string): OutcomeReport {
  const day = asOf === undefined ? localDayOf(ctx.now()) : isoToDay(asOf);
  if (day === null) throw new AppError('invalid_input', `asOf: ${asOf ?? ''} is not a real date`, 'asOf');
  const endMs = startOfLocalDay(day + 1);
  const { outcomeDays } = readSuggestionSettings(ctx.db);
  const windowMs = outcomeDays * DAY_MS;
  const rows = prepared<{ end: number; window: number }, Row>(
    ctx.db,
    `SELECT kind, count(*) AS sent, sum(came_back) AS came_back,
       sum(NOT came_back AND acted_at + @window > @end) AS pending
     FROM (
       SELECT f.kind, i.occurred_at AS acted_at, EXISTS (
         SELECT 1 FROM interactions v
         WHERE v.customer_id = i.customer_id AND v.kind IN ('visit', 'purchase') AND v.deleted_at IS NULL
           AND v.occurred_at > i.occurred_at AND v.occurred_at <= i.occurred_at + @window AND v.occurred_at < @end
       ) AS came_back
       FROM interactions i INDEXED BY interactions_contact_kinds
       JOIN suggestion_follow_ups f ON f.interaction_id = i.id
       WHERE ${contactKindsWhere('i.')} AND i.kind = 'follow_up' AND i.occurred_at < @end
     ) GROUP BY kind`,
  ).all({ end: endMs, window: windowMs });
  const byKind = new Map(rows.map((row) => [row.kind, row]));
  return {
    asOf: dayToIso(day),
    outcomeDays,
    rows: SUGGESTION_KINDS.map((kind) => {
      const row = byKind.get(kind);
      return { kind, sent: row?.sent ?? 0, cameBack: row?.came_back ?? 0, pending: row?.pending ?? 0 };
    }),
  };
}
