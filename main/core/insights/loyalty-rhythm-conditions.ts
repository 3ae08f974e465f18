import { isoToDay } from '../../../shared/domain/calendar-day.ts';
import { versionAt, type LoyaltyProgram } from '../../../shared/domain/loyalty/program.ts';
import type { RhythmStatus, SegmentCondition } from '../../../shared/domain/segment.ts';
import type { Db } from '../db/open.ts';
import { AppError } from '../errors.ts';
import { readVersions } from '../repos/loyalty-repo.ts';
import { readModel } from '../repos/prediction-repo.ts';
import type { CompileContext } from './segment-conditions.ts';

// Segment conditions over what the loyalty and reminders issues keep per customer: the tier in
// loyalty_accounts, the rhythm days in customer_rhythm and P(alive) in customer_predictions. Each
// reads its own table; none re-derives what those tables already hold.

type Tiers = LoyaltyProgram['tiers'];

/** The tiers of the program version in force at `now`; null when the shop has no program (yet). */
export function levelsInForce(
  db: Db,
  now: number,
): { version: number; levels: Tiers['levels']; measure: Tiers['measure'] } | null {
  const version = versionAt(readVersions(db), now);
  if (!version) return null;
  const { levels, measure } = version.program.tiers;
  return { version: version.version, levels, measure };
}

/** The rank (index in the program's levels, lowest first) of a tier named by the owner. */
export function tierRank(db: Db, now: number, name: string, field: string): number {
  const program = levelsInForce(db, now);
  if (!program) {
    throw new AppError(
      'invalid_input',
      `${field}: the shop has no loyalty program, so nobody has a tier`,
      field,
    );
  }
  if (program.levels.length === 0) {
    throw new AppError('invalid_input', `${field}: the loyalty program has no tiers`, field);
  }
  const rank = program.levels.findIndex((level) => level.name.toLowerCase() === name.trim().toLowerCase());
  if (rank < 0) {
    const names = program.levels.map((level) => level.name).join(', ');
    throw new AppError('invalid_input', `${field}: no tier called “${name}” (the tiers: ${names})`, field);
  }
  return rank;
}

// loyalty_accounts.tier_rank is -1 for "no tier" and customers without an account have none.
const TIERED = 'SELECT customer_id FROM loyalty_accounts WHERE tier_rank';

export function tierConditionSql(
  condition: Extract<SegmentCondition, { kind: 'tier' }>,
  { db, now, bind }: CompileContext,
  path: string,
): string {
  const field = `${path}.tier`;
  if (condition.tier === null) {
    // "No tier" still needs a program: without one the answer would be everyone, which says nothing.
    if (!levelsInForce(db, now)) {
      throw new AppError(
        'invalid_input',
        `${field}: the shop has no loyalty program, so nobody has a tier`,
        field,
      );
    }
    return `c.id ${condition.op === 'isNot' ? 'IN' : 'NOT IN'} (${TIERED} >= 0)`;
  }
  const rank = bind(tierRank(db, now, condition.tier, field));
  switch (condition.op) {
    case 'is':
      return `c.id IN (${TIERED} = ${rank})`;
    case 'isNot':
      return `c.id NOT IN (${TIERED} = ${rank})`;
    case 'atLeast':
      return `c.id IN (${TIERED} >= ${rank})`;
  }
}

/**
 * The states of rhythmState (main/core/reminders/rhythm.ts), in its order, over the days
 * customer_rhythm stores for each customer (rhythmDays, kept by refreshRhythm and
 * reapplyThresholds): lapsed from stop_day, overdue from overdue_day, due from due_day. Those
 * days exist only with two or more visit days; one visit day is `singleVisit`.
 */
const RHYTHM_WHERE: Record<Exclude<RhythmStatus, 'singleVisit'>, string> = {
  lapsed: 'stop_day <= @t',
  overdue: 'stop_day > @t AND overdue_day <= @t',
  due: 'stop_day > @t AND overdue_day > @t AND due_day <= @t',
  notYet: 'stop_day > @t AND overdue_day > @t AND due_day > @t',
};

export function rhythmConditionSql(
  condition: Extract<SegmentCondition, { kind: 'rhythm' }>,
  { today, bind }: CompileContext,
): string {
  if (condition.status === 'singleVisit') {
    return 'c.id IN (SELECT customer_id FROM customer_rhythm WHERE visit_days = 1)';
  }
  const day = bind(isoToDay(today));
  const where = RHYTHM_WHERE[condition.status].replaceAll('@t', day);
  return `c.id IN (SELECT customer_id FROM customer_rhythm WHERE stop_day IS NOT NULL AND ${where})`;
}

/** P(alive) as the last background fit stored it; no fitted model is an error, not "nobody". */
export function pAliveConditionSql(
  condition: Extract<SegmentCondition, { kind: 'pAlive' }>,
  { db, bind }: CompileContext,
  path: string,
): string {
  const model = readModel(db);
  if (!model || model.status !== 'fitted' || !model.params) {
    const why = model
      ? `: ${model.repeatCustomers} customers came back, ${model.minRepeatCustomers} are needed`
      : '; it is fitted in the background once the shop has visits';
    throw new AppError(
      'invalid_input',
      `${path}.percent: P(alive) needs the visit model, which is not fitted yet${why}`,
      `${path}.percent`,
    );
  }
  const bound = bind(condition.percent / 100);
  return `c.id IN (SELECT customer_id FROM customer_predictions WHERE p_alive ${condition.op === 'below' ? '<' : '>'} ${bound})`;
}
