import { localDayOf, startOfLocalDay } from '../../../shared/domain/calendar-day.ts';
import type { ReminderSettings } from '../../../shared/domain/reminder-settings.ts';
import type { Db } from '../db/open.ts';
import { monthDaysInWindow } from '../reminders/anniversaries.ts';
import { rhythmReason, type ReasonHit, type RhythmFacts, type StayPlan } from '../reminders/reasons.ts';
import {
  effectivePlan,
  emptyFacts,
  POST_PURCHASE_WINDOW_DAYS,
  reasonsFromFacts,
  type ReminderFacts,
} from '../reminders/reminder-facts.ts';
import {
  addedAt,
  birthdayCandidates,
  importantDateCandidates,
  oneOffCandidates,
  stayInTouchCandidates,
  trashedIds,
  triggerCandidates,
} from '../repos/reminder-candidates-repo.ts';
import { activeSnoozes, closedKeysAmong } from '../repos/reminder-state-repo.ts';
import type { RhythmSource } from './reminder-sources.ts';
import { finishNow, type Steps } from './sliced-steps.ts';

// Gathers every customer's reasons for one day: each kind's candidates from its index (or from
// an as-of world), their facts per customer, the judge's verdict, minus what was already done,
// dismissed or snoozed. In a big shop most customers with a reason have only their rhythm's, so
// those skip the general facts and go straight to the rhythm's judge: tens of thousands of them.

export interface ReminderScope {
  today: number;
  /** Start of the next local day: state recorded from then on is not known yet. */
  endMs: number;
  settings: ReminderSettings;
  typical: number | null;
  source: RhythmSource;
}

export function scopeEnd(today: number): number {
  return startOfLocalDay(today + 1);
}

interface Gathered {
  /** Customers with only a rhythm candidate. */
  rhythmOnly: Map<string, RhythmFacts>;
  /** Customers with anything else (their rhythm included). */
  facts: Map<string, ReminderFacts>;
}

function* gather(db: Db, scope: ReminderScope): Steps<Gathered> {
  const { today, endMs, settings } = scope;
  const rhythmOnly = new Map<string, RhythmFacts>();
  for (const c of scope.source.rhythm(today, settings, scope.typical)) {
    rhythmOnly.set(c.customerId, {
      lastDay: c.lastDay,
      intervalDays: c.intervalDays,
      source: c.source,
      visits: c.visits,
    });
  }
  yield;
  const facts = new Map<string, ReminderFacts>();
  const of = (id: string) => {
    let found = facts.get(id);
    if (!found) {
      found = emptyFacts();
      found.rhythm = rhythmOnly.get(id) ?? null;
      rhythmOnly.delete(id);
      facts.set(id, found);
    }
    return found;
  };
  const limits = {
    below: settings.atRiskBelow,
    lost: settings.lostBelow,
    minVisits: settings.atRiskMinVisits,
  };
  for (const c of scope.source.atRisk(limits)) {
    const f = of(c.customerId);
    f.prediction = { pAlive: c.pAlive };
    if (c.intervalDays !== null) {
      f.rhythm ??= { lastDay: c.lastDay, intervalDays: c.intervalDays, source: 'own', visits: c.visits };
    }
  }
  yield;
  const monthDays = monthDaysInWindow(today, settings.birthdayDaysAhead);
  for (const c of birthdayCandidates(db, monthDays)) of(c.customerId).birthday = c.birthday;
  for (const c of importantDateCandidates(db, monthDays)) of(c.customerId).dates.push(c);
  for (const kind of new Set(settings.postPurchaseRules.map((rule) => rule.kind))) {
    const days = settings.postPurchaseRules.filter((rule) => rule.kind === kind).map((rule) => rule.days);
    const from = startOfLocalDay(today - Math.max(...days) - POST_PURCHASE_WINDOW_DAYS + 1);
    const to = Math.min(endMs, startOfLocalDay(today - Math.min(...days) + 1));
    for (const c of triggerCandidates(db, kind, from, to)) {
      of(c.customerId).triggers.push({ interactionId: c.interactionId, kind, day: localDayOf(c.occurredAt) });
    }
    yield;
  }
  const plans = new Map<string, StayPlan[]>();
  for (const c of stayInTouchCandidates(db)) {
    const list = plans.get(c.customerId) ?? [];
    list.push({ everyDays: c.everyDays, source: c.source, tag: c.tag });
    plans.set(c.customerId, list);
  }
  yield;
  const contacts = scope.source.lastContact([...plans.keys()]);
  const added = addedAt(
    db,
    [...plans.keys()].filter((id) => !contacts.has(id)),
  );
  for (const [customerId, list] of plans) {
    const plan = effectivePlan(list);
    if (!plan) continue;
    const lastContactDay = contacts.get(customerId) ?? null;
    of(customerId).stay = { plan, lastContactDay, addedDay: localDayOf(added.get(customerId) ?? endMs) };
  }
  yield;
  for (const c of oneOffCandidates(db, today, endMs)) of(c.customerId).oneOffs.push(c);
  for (const id of trashedIds(db)) {
    facts.delete(id);
    rhythmOnly.delete(id);
  }
  return { rhythmOnly, facts };
}

export interface CollectedReasons {
  byCustomer: Map<string, ReasonHit[]>;
  /** Customers with open reasons whose row is snoozed (left out of byCustomer). */
  snoozed: Set<string>;
}

/** Customers judged between two hand-backs: a few milliseconds' work. */
const JUDGED_PER_STEP = 500;

export function* collectReasonSteps(db: Db, scope: ReminderScope): Steps<CollectedReasons> {
  const { rhythmOnly, facts } = yield* gather(db, scope);
  const byCustomer = new Map<string, ReasonHit[]>();
  let judged = 0;
  for (const [customerId, rhythm] of rhythmOnly) {
    const hit = rhythmReason(scope.today, rhythm, scope.settings);
    if (hit) byCustomer.set(customerId, [hit]);
    if (++judged % JUDGED_PER_STEP === 0) yield;
  }
  for (const [customerId, customerFacts] of facts) {
    const hits = reasonsFromFacts(scope.today, customerFacts, scope.settings);
    if (hits.length > 0) byCustomer.set(customerId, hits);
    if (++judged % JUDGED_PER_STEP === 0) yield;
  }
  yield;
  for (const [customerId, keys] of closedKeysAmong(db, byCustomer, scope.endMs)) {
    const open = (byCustomer.get(customerId) ?? []).filter((hit) => !keys.has(hit.key));
    if (open.length > 0) byCustomer.set(customerId, open);
    else byCustomer.delete(customerId);
  }
  yield;
  const snoozed = new Set<string>();
  for (const customerId of activeSnoozes(db, scope.today, scope.endMs).keys()) {
    if (byCustomer.delete(customerId)) snoozed.add(customerId);
  }
  return { byCustomer, snoozed };
}

export function collectReasons(db: Db, scope: ReminderScope): CollectedReasons {
  return finishNow(collectReasonSteps(db, scope));
}
