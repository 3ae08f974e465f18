import { dayToIso, localDayOf } from '../../../shared/domain/calendar-day.ts';
import type { CustomerOutlook, PredictionView, RhythmView } from '../../../shared/domain/customer-outlook.ts';
import type { ModelStatus } from '../../../shared/domain/reminders.ts';
import type { CoreContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { rhythmDays, rhythmState } from '../reminders/rhythm.ts';
import { findCustomerRow } from '../repos/customers-repo.ts';
import type { DbCustomer } from '../repos/customer-rows.ts';
import { readModel, readPrediction } from '../repos/prediction-repo.ts';
import { readReminderSettings } from '../repos/reminder-settings-repo.ts';
import { listTagRules, openOneOffsOf, readContactPlan, snoozeOf } from '../repos/reminder-state-repo.ts';
import { readRhythm, type RhythmRow } from '../repos/rhythm-repo.ts';
import { tagsOf } from '../repos/customers-repo.ts';
import { openReasons, type CustomerReasonInput } from './customer-reasons.ts';
import { storedTypicalInterval } from './reminder-sources.ts';
import { modelStatusOf } from './reminder-scope.ts';
import { explainOutlook } from '../reminders/outlook-text.ts';

/** Everything customerReasons needs about a live customer, as the stored tables have it today. */
export function reasonInput(
  ctx: CoreContext,
  customerId: string,
): CustomerReasonInput & { model: ModelStatus } {
  const customer: DbCustomer | undefined = findCustomerRow(ctx.db, customerId);
  if (!customer) throw notFound('customer', customerId);
  const settings = readReminderSettings(ctx.db);
  const model = readModel(ctx.db);
  const rhythm = readRhythm(ctx.db, customerId);
  // The typical interval matters only to one-visit customers; reading it costs a scan before the first fit.
  const typical = model
    ? model.typicalIntervalDays
    : rhythm?.rhythm.visitDays === 1
      ? storedTypicalInterval(ctx.db)
      : null;
  return {
    customer,
    rhythm,
    today: localDayOf(ctx.now()),
    settings,
    typical,
    fitted: model?.status === 'fitted',
    model: modelStatusOf(model, settings, typical),
  };
}

function rhythmView(row: RhythmRow | undefined, input: CustomerReasonInput): RhythmView {
  const rhythm = row?.rhythm;
  const lastDay = rhythm?.lastDay ?? null;
  const own = rhythm?.intervalDays ?? null;
  const interval = own ?? (rhythm?.visitDays === 1 ? input.typical : null);
  const days = lastDay !== null && interval !== null ? rhythmDays(lastDay, interval, input.settings) : null;
  return {
    visits: rhythm?.visitDays ?? 0,
    firstVisitDate: rhythm?.firstDay == null ? null : dayToIso(rhythm.firstDay),
    lastVisitDate: lastDay === null ? null : dayToIso(lastDay),
    daysSinceLastVisit: lastDay === null ? null : input.today - lastDay,
    intervalDays: interval,
    intervalSource: interval === null ? null : own === null ? 'shop' : 'own',
    state:
      lastDay !== null && interval !== null
        ? rhythmState(input.today, lastDay, interval, input.settings)
        : null,
    dueDate: days ? dayToIso(days.dueDay) : null,
    overdueDate: days ? dayToIso(days.overdueDay) : null,
  };
}

export function customerOutlook(ctx: CoreContext, customerId: string): CustomerOutlook {
  const input = reasonInput(ctx, customerId);
  const stored = input.fitted ? readPrediction(ctx.db, customerId) : undefined;
  const prediction: PredictionView | null = stored
    ? { pAlive: stored.pAlive, expectedVisits30d: stored.expected30, expectedVisits90d: stored.expected90 }
    : null;
  const rhythm = rhythmView(input.rhythm, input);
  const tags = new Set(tagsOf(ctx.db, customerId).map((tag) => tag.toLowerCase()));
  const snooze = snoozeOf(ctx.db, customerId);
  return {
    asOf: dayToIso(input.today),
    rhythm,
    prediction,
    model: input.model,
    explanation: explainOutlook(rhythm, prediction, input.model),
    plan: readContactPlan(ctx.db, customerId),
    tagRules: listTagRules(ctx.db).filter((rule) => tags.has(rule.tag.toLowerCase())),
    oneOffs: openOneOffsOf(ctx.db, customerId).map((row) => ({
      id: row.id,
      customerId: row.customer_id,
      dueDate: dayToIso(row.due_day),
      note: row.note,
      createdAt: row.created_at,
      closed: false,
    })),
    reasons: openReasons(ctx.db, input),
    snoozedUntil: snooze !== null && snooze > input.today ? dayToIso(snooze) : null,
  };
}
