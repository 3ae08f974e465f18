import { dayToIso, isoToDay, localDayOf } from '../../../shared/domain/calendar-day.ts';
import type { ReminderSettings } from '../../../shared/domain/reminder-settings.ts';
import type { ModelStatus } from '../../../shared/domain/reminders.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { readModel, type StoredModel } from '../repos/prediction-repo.ts';
import { scopeEnd, type ReminderScope } from './reminder-collect.ts';
import {
  computeAsOf,
  memorySource,
  storedSource,
  storedTypicalInterval,
  type AsOfWorld,
} from './reminder-sources.ts';

// The day reminders are worked out for, and where its rhythms and predictions come from.

export function modelStatusOf(
  model: StoredModel | null,
  settings: ReminderSettings,
  typical: number | null,
): ModelStatus {
  return {
    state: model === null ? 'not_yet_fitted' : model.status,
    repeatCustomers: model?.repeatCustomers ?? 0,
    minRepeatCustomers: settings.minRepeatCustomers,
    fittedAt: model?.fittedAt ?? null,
    asOf: model === null ? null : dayToIso(model.asOfDay),
    typicalIntervalDays: typical,
  };
}

/** Today as the stored rhythms and the latest refit see it. */
export function storedScope(ctx: CoreContext, settings: ReminderSettings) {
  const today = localDayOf(ctx.now());
  const model = readModel(ctx.db);
  const typical = model ? model.typicalIntervalDays : storedTypicalInterval(ctx.db);
  const scope: ReminderScope = {
    today,
    endMs: scopeEnd(today),
    settings,
    typical,
    source: storedSource(ctx.db, model?.status === 'fitted'),
  };
  return { scope, model: modelStatusOf(model, settings, typical) };
}

/** A past (or present) day rebuilt from the interactions up to its end. */
export function asOfScope(ctx: CoreContext, asOf: string, settings: ReminderSettings) {
  const day = isoToDay(asOf);
  if (day === null) throw new AppError('invalid_input', `asOf: ${asOf} is not a real date`, 'asOf');
  const world: AsOfWorld = computeAsOf(ctx.db, day, settings);
  const scope: ReminderScope = {
    today: day,
    endMs: world.endMs,
    settings,
    typical: world.run.typicalIntervalDays,
    source: memorySource(world),
  };
  const model: ModelStatus = {
    state: world.run.status,
    repeatCustomers: world.run.repeatCustomers,
    minRepeatCustomers: settings.minRepeatCustomers,
    fittedAt: null,
    asOf,
    typicalIntervalDays: world.run.typicalIntervalDays,
  };
  return { scope, model, world };
}
