import { isDay, PERIOD_PRESETS, type PeriodPreset } from '../../../../shared/domain/calendar-days.ts';
import type { PeriodInput } from '../../../../shared/domain/insights.ts';

/** The period lives in the address, so going back from a list of customers returns to it. */
export function periodFromParams(params: URLSearchParams): PeriodInput {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (isDay(from) && isDay(to) && from <= to) return { from, to };
  const preset = params.get('period');
  return (PERIOD_PRESETS as readonly string[]).includes(preset ?? '')
    ? { preset: preset as PeriodPreset }
    : { preset: 'last30' };
}

export function paramsOf(period: PeriodInput): Record<string, string> {
  return 'preset' in period ? { period: period.preset } : { from: period.from, to: period.to };
}
