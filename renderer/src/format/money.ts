// The shop's currency becomes a setting later; until then every amount goes through here.
const CURRENCY = 'EUR';

const formatter = new Intl.NumberFormat(undefined, { style: 'currency', currency: CURRENCY });

/** Formats integer minor units (cents) for display, e.g. 1250 → "€12.50". */
export function formatMoney(minor: number): string {
  return formatter.format(minor / 100);
}
