import {
  dayOf,
  presetRange,
  previousRange,
  rangeMs,
  type DayRange,
} from '../../../shared/domain/calendar-days.ts';
import { periodInputSchema, type PeriodInput } from '../../../shared/domain/insights.ts';
import type { CoreContext } from '../context.ts';
import { parseOrThrow } from '../validate.ts';
import { dayNumber } from './local-day-sql.ts';

/** A period as the SQL needs it: local day numbers (inclusive) and instants ([start, end)). */
export interface PeriodBounds {
  range: DayRange;
  firstDay: number;
  lastDay: number;
  startMs: number;
  endMs: number;
}

export function boundsOf(range: DayRange): PeriodBounds {
  const { start, end } = rangeMs(range);
  return { range, firstDay: dayNumber(range.from), lastDay: dayNumber(range.to), startMs: start, endMs: end };
}

/** Today in the machine's time zone, by the core's clock (tests pass a fake one). */
export function todayOf(ctx: CoreContext): string {
  return dayOf(ctx.now());
}

/** A preset resolved against today, or the custom days as given, with the period before it. */
export function resolvePeriod(
  ctx: CoreContext,
  input: PeriodInput,
): { current: PeriodBounds; previous: PeriodBounds } {
  const period = parseOrThrow(periodInputSchema, input);
  const range =
    'preset' in period ? presetRange(period.preset, todayOf(ctx)) : { from: period.from, to: period.to };
  return { current: boundsOf(range), previous: boundsOf(previousRange(range)) };
}
