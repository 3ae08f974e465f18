import type { InsightsFigures, PeriodFigures, PeriodInput } from '../../../shared/domain/insights.ts';
import type { CoreContext } from '../context.ts';
import type { Db } from '../db/open.ts';
import { readActiveDays } from './insights-settings.ts';
import { resolvePeriod, type PeriodBounds } from './period.ts';
import { satisfactionIn, type Satisfaction } from './satisfaction-sql.ts';
import { activeOn, churnedDuring, knownBy, oneOffTotals, periodTotals } from './visit-day-sql.ts';

const quotient = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** The visit figures of one period, each a count of visit_days rows (see visit-day-sql.ts). */
function visitFigures(db: Db, period: PeriodBounds, n: number): Omit<PeriodFigures, keyof Satisfaction> {
  const a = period.firstDay;
  const b = period.lastDay;
  const totals = { ...periodTotals(db, a, b), ...oneOffTotals(db, a, b) };
  const get = (name: string) => totals[name] ?? 0;
  const visitors = get('visitors');
  const oneOff = get('one_off');
  const active = activeOn(db, b, n);
  const activeAtStart = activeOn(db, a - 1, n);
  const churned = churnedDuring(db, a, b, n);
  const revenue = get('revenue');
  return {
    activeCustomers: active,
    newCustomers: get('new'),
    returningCustomers: visitors - get('new'),
    visitors,
    visits: get('visits'),
    repeatCustomers: visitors - oneOff,
    oneOffCustomers: oneOff,
    repeatRate: quotient(visitors - oneOff, visitors),
    lapsedCustomers: knownBy(db, b) - active,
    activeAtStart,
    churnedCustomers: churned,
    churnRate: quotient(churned, activeAtStart),
    averageVisits: quotient(get('visits'), visitors),
    averageSpendMinor: quotient(revenue, visitors),
    revenueMinor: revenue,
    regularsRevenueMinor: revenue - get('one_off_revenue'),
    oneOffRevenueMinor: get('one_off_revenue'),
  };
}

/**
 * Every dashboard figure for a period and for the period of the same length just before it
 * (definitions: FIGURE_DEFINITIONS in shared/domain/insights.ts), read in one transaction so
 * both see the same data.
 */
export function getInsightsFigures(ctx: CoreContext, input: { period: PeriodInput }): InsightsFigures {
  const { current, previous } = resolvePeriod(ctx, input.period);
  const activeDays = readActiveDays(ctx.db);
  return ctx.db.transaction((): InsightsFigures => {
    return {
      period: current.range,
      previousPeriod: previous.range,
      activeDays,
      current: { ...visitFigures(ctx.db, current, activeDays), ...satisfactionIn(ctx.db, current) },
      previous: { ...visitFigures(ctx.db, previous, activeDays), ...satisfactionIn(ctx.db, previous) },
    };
  })();
}
