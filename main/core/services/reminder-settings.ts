import {
  crossFieldProblem,
  reminderSettingsUpdateSchema,
  type PostPurchaseRule,
  type ReminderSettings,
  type ReminderSettingsUpdate,
} from '../../../shared/domain/reminder-settings.ts';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import { findFieldRow } from '../repos/custom-fields-repo.ts';
import { readModel } from '../repos/prediction-repo.ts';
import { readReminderSettings, writeReminderSettings } from '../repos/reminder-settings-repo.ts';
import { listTagRules } from '../repos/reminder-state-repo.ts';
import { reapplyThresholds, rebuildAllRhythms } from '../repos/rhythm-repo.ts';
import { parseOrThrow } from '../validate.ts';
import { storedTypicalInterval } from './reminder-sources.ts';
import { modelStatusOf } from './reminder-scope.ts';
import { recordAudit } from './audit.ts';
import { changesBetween, fieldList } from './audit-changes.ts';

export function getReminderSettings(ctx: CoreContext): ChannelOutput<'reminders:settings'> {
  const settings = readReminderSettings(ctx.db);
  const model = readModel(ctx.db);
  const typical = model ? model.typicalIntervalDays : storedTypicalInterval(ctx.db);
  return { settings, tagRules: listTagRules(ctx.db), model: modelStatusOf(model, settings, typical) };
}

/** Rules keep their id across edits (done reminders stay done); a rule without one gets one now. */
function withIds(
  ctx: CoreContext,
  rules: ReminderSettingsUpdate['postPurchaseRules'],
  current: PostPurchaseRule[],
) {
  if (rules === undefined) return undefined;
  const known = new Set(current.map((rule) => rule.id));
  return rules.map((rule, index): PostPurchaseRule => {
    if (rule.id !== undefined && !known.has(rule.id)) {
      throw new AppError(
        'invalid_input',
        `postPurchaseRules.${index}.id: no rule with id ${rule.id}`,
        `postPurchaseRules.${index}.id`,
      );
    }
    return { id: rule.id ?? newId(ctx.now()), kind: rule.kind, days: rule.days, note: rule.note ?? '' };
  });
}

function checkDateFields(ctx: CoreContext, ids: string[] | null | undefined): void {
  for (const [index, id] of (ids ?? []).entries()) {
    if (findFieldRow(ctx.db, id)?.type !== 'date') {
      throw new AppError(
        'invalid_input',
        `importantDateFieldIds.${index}: ${id} is not a date field`,
        `importantDateFieldIds.${index}`,
      );
    }
  }
}

/**
 * Saves the changed settings together. A change of what counts as a visit rebuilds every rhythm
 * (a pass over all interactions); new overdue or stop factors move every customer's days.
 */
export function updateReminderSettings(ctx: CoreContext, input: ReminderSettingsUpdate): ReminderSettings {
  const change = parseOrThrow(reminderSettingsUpdateSchema, input);
  const saved = ctx.db.transaction((): ReminderSettings => {
    const current = readReminderSettings(ctx.db);
    checkDateFields(ctx, change.importantDateFieldIds);
    const postPurchaseRules = withIds(ctx, change.postPurchaseRules, current.postPurchaseRules);
    const next: ReminderSettings = {
      ...current,
      ...Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)),
      postPurchaseRules: postPurchaseRules ?? current.postPurchaseRules,
    };
    const problem = crossFieldProblem(next);
    if (problem) throw new AppError('invalid_input', `${problem[0]}: ${problem[1]}`, problem[0]);
    writeReminderSettings(ctx.db, { ...change, postPurchaseRules });
    const changes = changesBetween({ ...current }, { ...next });
    if (changes.length > 0) {
      recordAudit(ctx, {
        action: 'settings.reminders',
        subjectType: 'settings',
        subjectId: 'reminders',
        summary: `Changed reminder settings: ${fieldList(changes)}`,
        details: { changes },
      });
    }
    const kindsChanged = [...next.visitKinds].sort().join() !== [...current.visitKinds].sort().join();
    if (kindsChanged) rebuildAllRhythms(ctx.db);
    else if (
      next.overdueFactor !== current.overdueFactor ||
      next.stopAfterFactor !== current.stopAfterFactor
    ) {
      reapplyThresholds(ctx.db);
    }
    return next;
  })();
  ctx.emit('settings:changed', {});
  ctx.emit('reminders:changed', { customerIds: null });
  return saved;
}
