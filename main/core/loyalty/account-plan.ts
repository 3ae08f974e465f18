import { computeEarnings, type EarningInteraction } from '../../../shared/domain/loyalty/earning.ts';
import { explainStatus } from '../../../shared/domain/loyalty/explain.ts';
import {
  simulateLedger,
  type Entitlement,
  type LedgerFact,
  type Simulation,
} from '../../../shared/domain/loyalty/ledger-simulation.ts';
import { versionAt, type ProgramVersion } from '../../../shared/domain/loyalty/program.ts';
import { tierAt, type TierState } from '../../../shared/domain/loyalty/tiers.ts';
import type { LedgerKind } from '../../../shared/domain/loyalty/status.ts';
import type { DbAccount, LedgerInsert, TierChangeInsert } from '../repos/loyalty-repo.ts';
import { birthdayBonusDue, nextBirthdayCheck } from './birthday-bonus.ts';
import { ledgerDigest } from './ledger-digest.ts';
import { reasonFor } from './ledger-reasons.ts';

/** The ledger row fields planning reads; the streaming recompute fills these and nothing else. */
export interface LedgerLite {
  id: number;
  kind: LedgerKind;
  points: number;
  at: number;
  entry_key: string | null;
}

export interface AccountInputs {
  customerId: string;
  versions: readonly ProgramVersion[];
  interactions: readonly EarningInteraction[];
  ledger: readonly LedgerLite[];
  birthday: string;
  birthdayChangedAt: number | null;
  account: DbAccount | undefined;
  now: number;
  /**
   * 'decisions': `ledger` holds only the redeem, adjust and bonus rows, and the account's
   * ledger_digest stands for the derived ones (a full recompute reads no more). Default 'all'.
   */
  ledgerRows?: 'all' | 'decisions';
}

export interface AccountPlan {
  /** Rows to append, a birthday bonus first: together they make the ledger match the replay. */
  inserts: LedgerInsert[];
  account: DbAccount;
  tierChange: TierChangeInsert | null;
  simulation: Simulation;
  tier: TierState;
  /**
   * False when the inputs held only the decisions and the replay disagrees with the digest: the
   * plan cannot say what to append, so plan again with every ledger row (and apply that one).
   */
  complete: boolean;
}

const DERIVED = new Set<LedgerKind>(['earn', 'expire', 'reversal']);
const idOf = (key: string, at: number) => `${key}@${at}`;

export function factsOf(ledger: readonly LedgerLite[]): LedgerFact[] {
  const facts: LedgerFact[] = [];
  for (const row of ledger) {
    if (row.kind === 'redeem' || row.kind === 'adjust' || row.kind === 'bonus') {
      facts.push({ id: row.id, kind: row.kind, at: row.at, points: row.points });
    }
  }
  return facts;
}

/** The kind of a row that moves a key by `points`: earning more is earn, taking back is reversal. */
function kindFor(key: string, points: number): LedgerKind {
  if (key.startsWith('expire:')) return points < 0 ? 'expire' : 'reversal';
  if (key.startsWith('cover:')) return 'reversal';
  return points > 0 ? 'earn' : 'reversal';
}

const byTimeAndKey = (a: { at: number; key: string }, b: { at: number; key: string }) =>
  a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The common case, checked first without building maps: every key has exactly one ledger row,
 * holding exactly what the replay says.
 */
function ledgerMatches(expected: readonly Entitlement[], ledger: readonly LedgerLite[]): boolean {
  const held: { key: string; at: number; points: number }[] = [];
  for (const row of ledger) {
    if (DERIVED.has(row.kind) && row.entry_key !== null)
      held.push({ key: row.entry_key, at: row.at, points: row.points });
  }
  if (held.length !== expected.length) return false;
  const wanted = [...expected].sort(byTimeAndKey);
  held.sort(byTimeAndKey);
  return wanted.every((entry, index) => {
    const row = held[index];
    return row !== undefined && row.key === entry.key && row.at === entry.at && row.points === entry.points;
  });
}

/** What the ledger must gain so every key holds what the replay says, in the order they count. */
export function ledgerDifferences(
  customerId: string,
  expected: readonly Entitlement[],
  ledger: readonly LedgerLite[],
  now: number,
): LedgerInsert[] {
  if (ledgerMatches(expected, ledger)) return [];
  const held = new Map<string, { key: string; at: number; points: number; interactionId: string | null }>();
  for (const row of ledger) {
    if (!DERIVED.has(row.kind) || row.entry_key === null) continue;
    const id = idOf(row.entry_key, row.at);
    const entry = held.get(id) ?? { key: row.entry_key, at: row.at, points: 0, interactionId: null };
    entry.points += row.points;
    held.set(id, entry);
  }
  const wanted = new Map(expected.map((entry) => [idOf(entry.key, entry.at), entry]));
  const ids = new Set([...held.keys(), ...wanted.keys()]);
  const inserts: LedgerInsert[] = [];
  for (const id of ids) {
    const want = wanted.get(id);
    const have = held.get(id);
    const diff = (want?.points ?? 0) - (have?.points ?? 0);
    const entry = want ?? have;
    if (diff === 0 || !entry) continue;
    inserts.push({
      customer_id: customerId,
      kind: kindFor(entry.key, diff),
      points: diff,
      at: entry.at,
      entry_key: entry.key,
      interaction_id: want?.interactionId ?? interactionOfKey(entry.key),
      reward_id: null,
      reward_name: null,
      reason: reasonFor(entry.key, diff, (have?.points ?? 0) !== 0, want !== undefined),
      staff_id: null,
      recorded_at: now,
    });
  }
  return inserts.sort((a, b) =>
    byTimeAndKey({ at: a.at, key: a.entry_key ?? '' }, { at: b.at, key: b.entry_key ?? '' }),
  );
}

function interactionOfKey(key: string): string | null {
  return key.startsWith('earn:') ? key.slice('earn:'.length) : null;
}

/** The earliest instant anything derived may change without anyone doing anything. */
function dueAt(inputs: AccountInputs, simulation: Simulation, tier: TierState): number | null {
  const { now, versions, interactions } = inputs;
  const candidates = [simulation.nextExpiryAt, tier.checkAgainAt, nextBirthdayCheck(inputs)];
  candidates.push(interactions.find((interaction) => interaction.at > now)?.at ?? null);
  candidates.push(versions.find((version) => version.effectiveFrom > now)?.effectiveFrom ?? null);
  const times = candidates.filter((time): time is number => time !== null);
  return times.length > 0 ? Math.min(...times) : null;
}

/**
 * Plans one customer's reconcile: replays points and tiers from the program history, the
 * interactions and the decisions in the ledger, and says which rows to append, what the cache
 * holds now, and whether the tier changed. Pure: the per-customer path and the full recompute
 * both call it, which is what keeps the two equal.
 */
export function planAccount(inputs: AccountInputs): AccountPlan {
  const { customerId, versions, now } = inputs;
  const inserts: LedgerInsert[] = [];
  const ledger = [...inputs.ledger];
  const bonus = birthdayBonusDue(inputs);
  if (bonus) {
    inserts.push(bonus);
    // A new row's id is above every existing one, as the database will number it.
    ledger.push({
      id: Number.MAX_SAFE_INTEGER,
      kind: 'bonus',
      points: bonus.points,
      at: bonus.at,
      entry_key: bonus.entry_key,
    });
  }
  const earnings = computeEarnings(versions, inputs.interactions);
  const simulation = simulateLedger({
    versions,
    entries: earnings.entries,
    visits: earnings.visits,
    facts: factsOf(ledger),
    asOf: now,
  });
  const digest = ledgerDigest(simulation.entitlements);
  const complete = inputs.ledgerRows !== 'decisions' || digest === inputs.account?.ledger_digest;
  // With the digest matching, the derived rows already hold what the replay says: nothing to add.
  if (inputs.ledgerRows !== 'decisions')
    inserts.push(...ledgerDifferences(customerId, simulation.entitlements, ledger, now));
  const tier = tierAt(versions, earnings.visits, now);
  const account: DbAccount = {
    customer_id: customerId,
    balance: simulation.balance,
    tier_rank: tier.rank,
    tier_name: tier.name,
    due_at: dueAt(inputs, simulation, tier),
    updated_at: now,
    // Once the inserts are in, the derived rows add up to exactly the replay's entitlements.
    ledger_digest: digest,
  };
  const before = inputs.account;
  let tierChange: TierChangeInsert | null = null;
  if (before && before.tier_rank !== tier.rank) {
    const levels = versionAt(versions, now)?.program.tiers.levels ?? [];
    const [why = ''] = explainStatus({ tier, balance: simulation.balance, nextExpiryAt: null, levels });
    tierChange = {
      customer_id: customerId,
      at: now,
      from_rank: before.tier_rank,
      from_name: before.tier_name,
      to_rank: tier.rank,
      to_name: tier.name,
      reason: `${tier.rank > before.tier_rank ? 'Up' : 'Down'} from ${before.tier_name ?? 'no tier'}. ${why}`,
    };
  }
  return { inserts, account, tierChange, simulation, tier, complete };
}

/** Whether applying the plan would change the cached row at all (the recompute skips those writes). */
export function accountChanged(before: DbAccount | undefined, after: DbAccount): boolean {
  return (
    !before ||
    before.balance !== after.balance ||
    before.tier_rank !== after.tier_rank ||
    before.tier_name !== after.tier_name ||
    before.due_at !== after.due_at ||
    before.ledger_digest !== after.ledger_digest
  );
}
