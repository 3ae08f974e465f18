import type { LoyaltyStatus } from '../../../../shared/domain/loyalty/status.ts';
import { formatDate } from '../../format/dates.ts';
import { formatMoney } from '../../format/money.ts';
import type { MessagesIn } from '../../i18n/define-messages.ts';
import type { loyaltyWords } from './LoyaltySection.messages.ts';

type Words = MessagesIn<typeof loyaltyWords>;

/** "120 points", "3 visits", "€120.50 spent": a value of the program's measure. */
export function measureText(w: Words, measure: LoyaltyStatus['measure'], value: number): string {
  return w.measure(measure, value, formatMoney(value));
}

/** "380 points to Gold". */
export function progressText(w: Words, status: Pick<LoyaltyStatus, 'measure' | 'nextTier'>): string {
  const next = status.nextTier;
  return next ? w.progress(status.measure, next.missing, formatMoney(next.missing), next.name) : '';
}

/**
 * The tier and the points in sentences, from the status's fields (the progress line aside: it
 * is shown under the bar). `threshold` is what the customer's tier needs, from the program in
 * force; undefined while it loads.
 */
export function statusLines(w: Words, status: LoyaltyStatus, threshold: number | undefined): string[] {
  const lines: string[] = [];
  const now = `${measureText(w, status.measure, status.metric)} ${w.period(status.period)}`;
  const needs = (name: string, value: number | undefined) =>
    value === undefined ? '' : w.needs(name, measureText(w, status.measure, value));
  if (status.tier === null) {
    const first = status.nextTier;
    lines.push(first ? w.noTierYet(now, needs(first.name, first.threshold)) : w.noTiers);
  } else if (status.heldUntil !== null) {
    lines.push(
      w.heldTier(
        status.tier.name,
        formatDate(status.heldUntil),
        status.keepMonths,
        now,
        needs(status.tier.name, threshold),
      ),
    );
  } else {
    lines.push(w.currentTier(status.tier.name, now, needs(status.tier.name, threshold)));
  }
  lines.push(w.toSpend(status.balance));
  if (status.nextExpiryAt !== null) lines.push(w.expiresOn(formatDate(status.nextExpiryAt)));
  return lines;
}
