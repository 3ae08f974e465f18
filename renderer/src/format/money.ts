import { DEFAULT_CURRENCY, isKnownCurrency } from '../../../shared/domain/currency.ts';

// Every amount on screen goes through here, in the shop's currency (Settings › Shop, chosen at the
// first run); amounts are stored in minor units, so the currency only changes how they read.
let currency = DEFAULT_CURRENCY;
let formatter = formatterFor(currency);

function formatterFor(code: string): Intl.NumberFormat {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: code });
}

/** Set by the app's layout from the shop's settings; an unknown code keeps the last good one. */
export function setDisplayCurrency(code: string): void {
  if (code === currency || !isKnownCurrency(code)) return;
  currency = code;
  formatter = formatterFor(code);
}

/** Formats integer minor units (cents) for display, e.g. 1250 → "€12.50". */
export function formatMoney(minor: number): string {
  return formatter.format(minor / 100);
}
