import { dayToIso, isoToDay, localDayOf } from '../../../shared/domain/calendar-day.ts';
import type { Predictions } from '../../../shared/domain/predictions.ts';
import type { CoreContext } from '../context.ts';
import { prepared } from '../db/statements.ts';
import { AppError } from '../errors.ts';
import { MODEL_UNIT } from '../reminders/model-run.ts';
import { daysAfter } from '../reminders/rhythm.ts';
import { readReminderSettings } from '../repos/reminder-settings-repo.ts';
import { computeAsOf } from './reminder-sources.ts';

// `regulars predict`: the model fitted afresh on the history up to a day (today by default),
// with every customer's numbers. Nothing is written: the same day always gives the same answer.

export function listPredictions(ctx: CoreContext, asOf: string | undefined): Predictions {
  const day = asOf === undefined ? localDayOf(ctx.now()) : isoToDay(asOf);
  if (day === null) throw new AppError('invalid_input', `asOf: ${asOf} is not a real date`, 'asOf');
  const settings = readReminderSettings(ctx.db);
  const world = computeAsOf(ctx.db, day, settings);
  const { run } = world;
  const codes = new Map(
    prepared<[], { id: string; code: string }>(
      ctx.db,
      'SELECT id, code FROM customers WHERE code IS NOT NULL',
    )
      .all()
      .map((row) => [row.id, row.code]),
  );
  const customers = world.rows
    .filter((row) => row.rhythm.visitDays > 0)
    .map(({ customerId, rhythm }) => {
      const prediction = world.predictions.get(customerId);
      const interval = rhythm.intervalDays ?? (rhythm.visitDays === 1 ? run.typicalIntervalDays : null);
      return {
        id: customerId,
        ref: codes.get(customerId) ?? null,
        visits: rhythm.visitDays,
        pAlive: prediction?.pAlive ?? null,
        expectedVisits30d: prediction?.expected30 ?? null,
        expectedVisits90d: prediction?.expected90 ?? null,
        usualIntervalDays: rhythm.intervalDays,
        nextVisitDate:
          interval === null || rhythm.lastDay === null
            ? null
            : dayToIso(rhythm.lastDay + daysAfter(interval, 1)),
      };
    });
  const fitted = run.status === 'fitted' && run.params !== null && run.logLikelihood !== null;
  return {
    asOf: dayToIso(day),
    status: run.status,
    message: fitted
      ? null
      : `Too little history: ${run.repeatCustomers} customers came back, ${settings.minRepeatCustomers} are needed; reminders follow rhythms only.`,
    model:
      fitted && run.params && run.logLikelihood !== null
        ? {
            kind: 'bgnbd',
            unit: MODEL_UNIT,
            ...run.params,
            logLikelihood: run.logLikelihood,
            customers: run.customers,
          }
        : null,
    customers,
  };
}
