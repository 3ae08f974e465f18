import { dayToIso, isoToDay, localDayOf } from '../../../shared/domain/calendar-day.ts';
import type { ContactPlanView, OneOff, TagRuleView } from '../../../shared/domain/customer-outlook.ts';
import type { ChannelParsedInput } from '../../../shared/ipc/contract.ts';
import type { CoreContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { findCustomerRow } from '../repos/customers-repo.ts';
import { insertInteraction } from '../repos/interactions-repo.ts';
import {
  closeOneOff,
  findOneOff,
  findTagId,
  insertOneOff,
  listTagRules,
  readContactPlan,
  recordOutcome,
  writeContactPlan,
  writeSnooze,
  writeTagRule,
  type DbOneOff,
} from '../repos/reminder-state-repo.ts';
import { refreshVisitStats } from '../repos/visit-stats.ts';
import { openReasons } from './customer-reasons.ts';
import { reasonInput } from './customer-outlook.ts';
import { getCurrentStaffId } from './session.ts';
import { recordAudit } from './audit.ts';

// What the owner does with a reminder: done (optionally logging the follow-up), dismissed,
// snoozed; and the plans behind reminders. Each checks everything first, then writes in one
// transaction, then says what changed.

/** The open keys a call acts on: all of them, or the given ones, each of which must be open. */
function keysToClose(ctx: CoreContext, customerId: string, keys: readonly string[] | undefined): string[] {
  const open = openReasons(ctx.db, reasonInput(ctx, customerId)).map((reason) => reason.key);
  if (keys === undefined) {
    if (open.length === 0) {
      throw new AppError(
        'conflict',
        'This customer has no open reminder today; it may have just been handled.',
      );
    }
    return open;
  }
  const missing = keys.find((key) => !open.includes(key));
  if (missing !== undefined) {
    throw new AppError('invalid_input', `keys: ${missing} is not an open reminder of this customer`, 'keys');
  }
  return [...new Set(keys)];
}

function closeKeys(
  ctx: CoreContext,
  customerId: string,
  keys: readonly string[],
  outcome: 'done' | 'dismissed',
  interactionId: string | null,
): void {
  const at = ctx.now();
  const staffId = getCurrentStaffId(ctx);
  for (const key of keys) {
    if (key.startsWith('once:')) closeOneOff(ctx.db, key.slice('once:'.length), outcome, at);
    recordOutcome(ctx.db, { customerId, key, outcome, at, staffId, interactionId });
  }
}

export function markRemindersDone(ctx: CoreContext, input: ChannelParsedInput<'reminders:done'>) {
  const result = ctx.db.transaction(() => {
    const keys = keysToClose(ctx, input.customerId, input.keys);
    let interactionId: string | null = null;
    if (input.logFollowUp) {
      const now = ctx.now();
      const actor = getCurrentStaffId(ctx);
      interactionId = newId(now);
      insertInteraction(ctx.db, {
        id: interactionId,
        customer_id: input.customerId,
        occurred_at: now,
        kind: 'follow_up',
        channel: 'phone',
        amount_minor: null,
        note: input.note,
        staff_id: actor,
        csat: null,
        nps: null,
        ces: null,
        external_id: null,
        created_at: now,
        updated_at: now,
        created_by: actor,
        updated_by: actor,
      });
      refreshVisitStats(ctx.db, input.customerId);
    }
    closeKeys(ctx, input.customerId, keys, 'done', interactionId);
    return { customerId: input.customerId, closedKeys: keys, interactionId };
  })();
  ctx.emit('reminders:changed', { customerIds: [input.customerId] });
  if (result.interactionId !== null) {
    ctx.emit('interactions:changed', { customerIds: [input.customerId] });
    ctx.emit('customers:changed', { ids: [input.customerId] });
  }
  return result;
}

export function dismissReminders(ctx: CoreContext, input: ChannelParsedInput<'reminders:dismiss'>) {
  const result = ctx.db.transaction(() => {
    const keys = keysToClose(ctx, input.customerId, input.keys);
    closeKeys(ctx, input.customerId, keys, 'dismissed', null);
    return { customerId: input.customerId, closedKeys: keys };
  })();
  ctx.emit('reminders:changed', { customerIds: [input.customerId] });
  return result;
}

function liveCustomer(ctx: CoreContext, customerId: string) {
  const customer = findCustomerRow(ctx.db, customerId);
  if (!customer) throw notFound('customer', customerId);
  return customer;
}

const MAX_AHEAD_DAYS = 366;

/** A day after today and at most a year ahead, for snoozes and one-off reminders. */
function futureDay(ctx: CoreContext, field: string, iso: string, allowToday: boolean): number {
  const day = isoToDay(iso);
  const today = localDayOf(ctx.now());
  if (day === null) throw new AppError('invalid_input', `${field}: ${iso} is not a real date`, field);
  if (allowToday ? day < today : day <= today) {
    throw new AppError(
      'invalid_input',
      `${field}: must be after ${allowToday ? 'yesterday' : 'today'} (${dayToIso(today)})`,
      field,
    );
  }
  if (day > today + MAX_AHEAD_DAYS) {
    throw new AppError(
      'invalid_input',
      `${field}: must be within a year (by ${dayToIso(today + MAX_AHEAD_DAYS)})`,
      field,
    );
  }
  return day;
}

export function snoozeReminders(ctx: CoreContext, input: ChannelParsedInput<'reminders:snooze'>) {
  ctx.db.transaction(() => {
    liveCustomer(ctx, input.customerId);
    const until = futureDay(ctx, 'until', input.until, false);
    writeSnooze(ctx.db, input.customerId, until, ctx.now(), getCurrentStaffId(ctx));
  })();
  ctx.emit('reminders:changed', { customerIds: [input.customerId] });
  return { customerId: input.customerId, until: input.until };
}

export function setContactPlan(
  ctx: CoreContext,
  input: ChannelParsedInput<'reminders:setPlan'>,
): ContactPlanView {
  ctx.db.transaction(() => {
    liveCustomer(ctx, input.customerId);
    writeContactPlan(
      ctx.db,
      input.customerId,
      { stayInTouchDays: input.stayInTouchDays, doNotContact: input.doNotContact },
      ctx.now(),
    );
  })();
  ctx.emit('reminders:changed', { customerIds: [input.customerId] });
  return readContactPlan(ctx.db, input.customerId);
}

function toOneOff(row: DbOneOff): OneOff {
  return {
    id: row.id,
    customerId: row.customer_id,
    dueDate: dayToIso(row.due_day),
    note: row.note,
    createdAt: row.created_at,
    closed: row.closed_at !== null,
  };
}

export function addOneOff(ctx: CoreContext, input: ChannelParsedInput<'reminders:addOneOff'>): OneOff {
  const now = ctx.now();
  const row = ctx.db.transaction((): DbOneOff => {
    liveCustomer(ctx, input.customerId);
    const inserted = {
      id: newId(now),
      customer_id: input.customerId,
      due_day: futureDay(ctx, 'dueDate', input.dueDate, true),
      note: input.note,
      created_at: now,
      created_by: getCurrentStaffId(ctx),
    };
    insertOneOff(ctx.db, inserted);
    return { ...inserted, closed_at: null, outcome: null };
  })();
  ctx.emit('reminders:changed', { customerIds: [input.customerId] });
  return toOneOff(row);
}

export function cancelOneOff(ctx: CoreContext, input: ChannelParsedInput<'reminders:cancelOneOff'>): OneOff {
  const row = ctx.db.transaction((): DbOneOff => {
    const found = findOneOff(ctx.db, input.id);
    if (!found || found.closed_at !== null) throw notFound('open reminder', input.id);
    const closedAt = ctx.now();
    closeOneOff(ctx.db, input.id, 'cancelled', closedAt);
    return { ...found, closed_at: closedAt, outcome: 'cancelled' };
  })();
  ctx.emit('reminders:changed', { customerIds: [row.customer_id] });
  return toOneOff(row);
}

export function setTagRule(
  ctx: CoreContext,
  input: ChannelParsedInput<'reminders:setTagRule'>,
): TagRuleView[] {
  ctx.db.transaction(() => {
    const tagId = findTagId(ctx.db, input.tag);
    if (tagId === undefined) {
      throw new AppError('not_found', `tag: no customer has the tag ${input.tag}`, 'tag');
    }
    writeTagRule(ctx.db, tagId, input.everyDays, ctx.now());
    recordAudit(ctx, {
      action: 'settings.tagRule',
      subjectType: 'tag',
      subjectId: String(tagId),
      summary: `Set the stay-in-touch rule for the tag ${input.tag}`,
      details: { tag: input.tag, everyDays: input.everyDays },
    });
  })();
  ctx.emit('reminders:changed', { customerIds: null });
  return listTagRules(ctx.db);
}
