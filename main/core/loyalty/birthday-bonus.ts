import { birthdayIn } from '../../../shared/domain/loyalty/local-time.ts';
import { versionAt, type ProgramVersion } from '../../../shared/domain/loyalty/program.ts';
import type { LedgerInsert } from '../repos/loyalty-repo.ts';

const DAY_MS = 86_400_000;
/** Anti-gaming: a birthday set or changed less than this long before it earns no bonus. */
export const BIRTHDAY_NOTICE_DAYS = 30;
/** Regulars may be closed on the day: the bonus is still paid this long after it. */
export const BIRTHDAY_GRACE_DAYS = 30;

interface BirthdayInputs {
  customerId: string;
  versions: readonly ProgramVersion[];
  ledger: readonly { entry_key: string | null; kind: string }[];
  birthday: string;
  birthdayChangedAt: number | null;
  now: number;
}

/**
 * The birthday bonus to pay now, if one is due: the birthday (local midnight) has come within the
 * grace period, the program in force that day gives a bonus, it was not paid for that year, and
 * the birthday on record was set at least 30 days before it. Paid once, as a decision: changing the
 * birthday later does not take back a bonus already given.
 */
export function birthdayBonusDue(inputs: BirthdayInputs): LedgerInsert | null {
  const { birthday, now, versions } = inputs;
  // Most programs give no birthday bonus: then no date needs working out at all.
  if (birthday === '' || !versions.some((version) => version.program.birthdayBonus > 0)) return null;
  const year = new Date(now).getFullYear();
  for (const y of [year, year - 1]) {
    const day = birthdayIn(birthday, y);
    if (day === undefined || day > now || now - day > BIRTHDAY_GRACE_DAYS * DAY_MS) continue;
    const bonus = versionAt(versions, day)?.program.birthdayBonus ?? 0;
    if (bonus <= 0) continue;
    const key = `bonus:${y}`;
    if (inputs.ledger.some((row) => row.kind === 'bonus' && row.entry_key === key)) continue;
    const changed = inputs.birthdayChangedAt;
    if (changed === null || changed > day - BIRTHDAY_NOTICE_DAYS * DAY_MS) continue;
    return {
      customer_id: inputs.customerId,
      kind: 'bonus',
      points: bonus,
      at: day,
      entry_key: key,
      interaction_id: null,
      reward_id: null,
      reward_name: null,
      reason: `Birthday bonus ${y}`,
      staff_id: null,
      recorded_at: now,
    };
  }
  return null;
}

/** The next birthday, when some version (now or later) gives a bonus: the day to look again. */
export function nextBirthdayCheck(inputs: BirthdayInputs): number | null {
  const { birthday, now, versions } = inputs;
  if (birthday === '' || !versions.some((version) => version.program.birthdayBonus > 0)) return null;
  const year = new Date(now).getFullYear();
  for (const y of [year, year + 1]) {
    const day = birthdayIn(birthday, y);
    if (day !== undefined && day > now) return day;
  }
  return null;
}
