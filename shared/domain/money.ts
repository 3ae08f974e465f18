// Amounts cross every boundary as integer minor units (cents) so no float ever rounds a price.

const AMOUNT_PATTERN = /^(-)?(\d{1,9})(?:[.,](\d{1,2}))?$/;

/** Parses "12.50", "12,5" or "12" into minor units; returns null when the text is not an amount. */
export function parseAmountToMinor(text: string): number | null {
  const match = AMOUNT_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, sign, whole = '0', fraction = ''] = match;
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign ? -minor : minor;
}

/** Formats minor units as a plain decimal ("12.50"), for the CLI and for editing. */
export function formatMinorPlain(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
