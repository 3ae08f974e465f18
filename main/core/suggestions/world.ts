import { dayToIso, localDayOf, startOfLocalDay } from '../../../shared/domain/calendar-day.ts';
import type { SuggestionSettings } from '../../../shared/domain/suggestions.ts';
import type { CoreContext } from '../context.ts';
import type { ReasonHit } from '../reminders/reasons.ts';
import { rankRows, type RankedRow } from '../reminders/ranking.ts';
import { readPrediction, readModel } from '../repos/prediction-repo.ts';
import { readReminderSettings } from '../repos/reminder-settings-repo.ts';
import { readVersions } from '../repos/loyalty-repo.ts';
import { inactiveStaff, readSuggestionSettings, type InactiveStaff } from '../repos/suggestion-repo.ts';
import { collectReasons } from '../services/reminder-collect.ts';
import { customerReasons } from '../services/customer-reasons.ts';
import { asOfScope, storedScope } from '../services/reminder-scope.ts';
import { findCustomerRow } from '../repos/customers-repo.ts';
import { closedKeys } from '../repos/reminder-state-repo.ts';
import { readRhythm } from '../repos/rhythm-repo.ts';
import { rankedToday } from '../services/today-cache.ts';

// What every customer's suggestions are judged against on one day: the day, the settings, the
// reminders' reasons (win-back, "we miss you" and birthdays come from them), P(alive), who has
// left the staff, and whether the shop has a loyalty program. Today reads the stored tables
// (and the reminders' cache); an as-of day is rebuilt from the history up to its end.

export interface SuggestionWorld {
  ctx: CoreContext;
  today: number;
  /** Start of the next local day: nothing from then on is known. */
  endMs: number;
  /** The instant loyalty is judged at: now, or the last moment of an as-of day. */
  at: number;
  asOf: boolean;
  settings: SuggestionSettings;
  reminders: Map<string, ReasonHit[]>;
  pAlive: (customerId: string) => number | null;
  departed: Map<string, InactiveStaff>;
  loyalty: boolean;
}

function byCustomer(ranked: readonly RankedRow[]): Map<string, ReasonHit[]> {
  const wanted = new Map<string, ReasonHit[]>();
  for (const row of ranked) {
    const hits = row.hits.filter(
      (hit) => hit.kind === 'overdue' || hit.kind === 'at_risk' || hit.kind === 'birthday',
    );
    if (hits.length > 0) wanted.set(row.customerId, hits);
  }
  return wanted;
}

function storedWorld(ctx: CoreContext, reminders: Map<string, ReasonHit[]>): SuggestionWorld {
  const now = ctx.now();
  const today = localDayOf(now);
  const fitted = readModel(ctx.db)?.status === 'fitted';
  return {
    ctx,
    today,
    endMs: startOfLocalDay(today + 1),
    at: now,
    asOf: false,
    settings: readSuggestionSettings(ctx.db),
    reminders,
    pAlive: (id) => (fitted ? (readPrediction(ctx.db, id)?.pAlive ?? null) : null),
    departed: inactiveStaff(ctx.db),
    loyalty: readVersions(ctx.db).length > 0,
  };
}

/** Today for everyone: the reminders' ranked rows (kept in memory by long-running hosts). */
export function todayWorld(ctx: CoreContext): SuggestionWorld {
  return storedWorld(ctx, byCustomer(rankedToday(ctx, readReminderSettings(ctx.db)).ranked));
}

/** Today for one customer: their own open reasons, asked directly (the customer page, acting). */
export function customerWorld(ctx: CoreContext, customerId: string): SuggestionWorld {
  const settings = readReminderSettings(ctx.db);
  const { scope, model } = storedScope(ctx, settings);
  const customer = findCustomerRow(ctx.db, customerId);
  if (!customer) return storedWorld(ctx, new Map());
  const input = {
    customer,
    rhythm: readRhythm(ctx.db, customerId),
    today: scope.today,
    settings,
    typical: scope.typical,
    fitted: model.state === 'fitted',
  };
  const closed = closedKeys(ctx.db, [customerId], scope.endMs).get(customerId);
  const hits = customerReasons(ctx.db, input).filter((hit) => !closed?.has(hit.key));
  return storedWorld(ctx, byCustomer([{ customerId, hits, kinds: [], dueDay: 0, score: 0 }]));
}

export function asOfWorld(ctx: CoreContext, asOf: string): SuggestionWorld {
  const { scope, world } = asOfScope(ctx, asOf, readReminderSettings(ctx.db));
  const { byCustomer: reasons } = collectReasons(ctx.db, scope);
  return {
    ctx,
    today: scope.today,
    endMs: scope.endMs,
    at: scope.endMs - 1,
    asOf: true,
    settings: readSuggestionSettings(ctx.db),
    reminders: byCustomer(rankRows(reasons)),
    pAlive: (id) => world.predictions.get(id)?.pAlive ?? null,
    departed: inactiveStaff(ctx.db),
    loyalty: readVersions(ctx.db).some((version) => version.effectiveFrom < scope.endMs),
  };
}

export const worldDate = (world: SuggestionWorld) => dayToIso(world.today);
