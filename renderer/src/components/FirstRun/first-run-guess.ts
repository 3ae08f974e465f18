import { currencyOfRegion } from '../../../../shared/domain/currency.ts';

/** The computer's region ("it-IT" → IT) among `known`, else US: the first run's starting guess. */
export function guessRegion(languages: readonly string[], known: readonly string[]): string {
  for (const tag of languages) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region && known.includes(region)) return region;
    } catch {
      // A malformed tag says nothing about the region.
    }
  }
  return 'US';
}

export function guessShop(languages: readonly string[], known: readonly string[]) {
  const country = guessRegion(languages, known);
  return { country, currency: currencyOfRegion(country) };
}

export { currencyOptions } from '../../format/currencies.ts';

export function formatAmount(minor: number, currency: string): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(minor / 100);
}
