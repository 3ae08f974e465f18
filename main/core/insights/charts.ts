import { addDays, addMonths, monthStart, weekStart } from '../../../shared/domain/calendar-days.ts';
import {
  COHORT_MONTHS,
  type ChartWeek,
  type InsightsCharts,
} from '../../../shared/domain/insights-charts.ts';
import type { PeriodInput } from '../../../shared/domain/insights.ts';
import { csatOf, npsOf } from '../../../shared/domain/satisfaction.ts';
import type { CoreContext } from '../context.ts';
import { prepared } from '../db/statements.ts';
import { cohortTable } from './cohorts.ts';
import { dayNumber, localDaySql } from './local-day-sql.ts';
import { resolvePeriod, type PeriodBounds } from './period.ts';
import { ANSWERS_WHERE, NOT_TRASHED_ID } from './satisfaction-sql.ts';
import { NOT_TRASHED_SEQ } from './visit-day-sql.ts';

// Day by day, following the index (no sort): visitors of a week are the rows whose previous
// visit is before the week (or the period) started, so each customer counts once per week.
const VISIT_DAYS_SQL = `SELECT day, count(*) AS visits, coalesce(sum(spend_minor), 0) AS revenue,
    count(*) FILTER (WHERE prev_day < max(@a, ((day + 3) / 7) * 7 - 3)) AS visitors,
    count(*) FILTER (WHERE prev_day < 0) AS new
  FROM visit_days INDEXED BY visit_days_by_day
  WHERE day BETWEEN @a AND @b AND ${NOT_TRASHED_SEQ}
  GROUP BY day`;

interface DayRow {
  day: number;
  visits: number;
  revenue: number;
  visitors: number;
  new: number;
}

interface AnswerRow {
  day: number;
  promoters: number;
  passives: number;
  detractors: number;
  csat_answers: number;
  satisfied: number;
}

function answersByDay(ctx: CoreContext, period: PeriodBounds): AnswerRow[] {
  const day = localDaySql('occurred_at', period.range, 'd');
  return prepared<object, AnswerRow>(
    ctx.db,
    `SELECT ${day.sql} AS day,
       count(*) FILTER (WHERE nps >= 9) AS promoters, count(*) FILTER (WHERE nps BETWEEN 7 AND 8) AS passives,
       count(*) FILTER (WHERE nps <= 6) AS detractors, count(csat) AS csat_answers,
       count(*) FILTER (WHERE csat >= 4) AS satisfied
     FROM interactions INDEXED BY interactions_answers
     WHERE ${ANSWERS_WHERE} AND occurred_at >= @start AND occurred_at < @end AND ${NOT_TRASHED_ID}
     GROUP BY 1`,
  ).all({ ...day.params, start: period.startMs, end: period.endMs });
}

/** The weeks (Monday to Sunday) a period touches, clipped to it at both ends. */
function emptyWeeks(period: PeriodBounds): ChartWeek[] {
  const weeks: ChartWeek[] = [];
  for (let start = weekStart(period.range.from); start <= period.range.to; start = addDays(start, 7)) {
    const end = addDays(start, 6);
    weeks.push({
      from: start < period.range.from ? period.range.from : start,
      to: end > period.range.to ? period.range.to : end,
      visits: 0,
      revenueMinor: 0,
      visitors: 0,
      newCustomers: 0,
      returningCustomers: 0,
      nps: null,
      npsAnswers: 0,
      csat: null,
      csatAnswers: 0,
    });
  }
  return weeks;
}

function weeklySeries(ctx: CoreContext, period: PeriodBounds): ChartWeek[] {
  const weeks = emptyWeeks(period);
  const firstWeek = dayNumber(weekStart(period.range.from));
  const weekOf = (day: number) => weeks[Math.floor((day - firstWeek) / 7)];
  for (const row of prepared<object, DayRow>(ctx.db, VISIT_DAYS_SQL).all({
    a: period.firstDay,
    b: period.lastDay,
  })) {
    const week = weekOf(row.day);
    if (!week) continue;
    week.visits += row.visits;
    week.revenueMinor += row.revenue;
    week.visitors += row.visitors;
    week.newCustomers += row.new;
    week.returningCustomers += row.visitors - row.new;
  }
  const answers = new Map<
    ChartWeek,
    { promoters: number; passives: number; detractors: number; csat: number; satisfied: number }
  >();
  for (const row of answersByDay(ctx, period)) {
    const week = weekOf(row.day);
    if (!week) continue;
    const sum = answers.get(week) ?? { promoters: 0, passives: 0, detractors: 0, csat: 0, satisfied: 0 };
    sum.promoters += row.promoters;
    sum.passives += row.passives;
    sum.detractors += row.detractors;
    sum.csat += row.csat_answers;
    sum.satisfied += row.satisfied;
    answers.set(week, sum);
  }
  for (const [week, sum] of answers) {
    const nps = npsOf(sum.promoters, sum.passives, sum.detractors);
    const csat = csatOf(sum.csat, sum.satisfied);
    Object.assign(week, {
      nps: nps.score,
      npsAnswers: nps.answers,
      csat: csat.score,
      csatAnswers: csat.answers,
    });
  }
  return weeks;
}

/** The weekly series and the cohort table of a period (no comparison: charts show the trend). */
export function getInsightsCharts(ctx: CoreContext, input: { period: PeriodInput }): InsightsCharts {
  const { current } = resolvePeriod(ctx, input.period);
  return ctx.db.transaction((): InsightsCharts => ({
    period: current.range,
    weeks: weeklySeries(ctx, current),
    cohorts: cohortTable(
      ctx.db,
      addMonths(monthStart(current.range.to), -(COHORT_MONTHS - 1)),
      current.range.to,
    ),
  }))();
}
