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

/** Every currency Intl can format, named in the reader's language: "Euro (EUR)". */
export function currencyOptions(language: string): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([language], { type: 'currency' });
  return (
    Intl.supportedValuesOf('currency')
      // Intl's own name beside the code: nothing here for the translations to carry.
      .map((code) => ({ value: code, label: [names.of(code) ?? code, `(${code})`].join(' ') }))
      .sort((a, b) => a.label.localeCompare(b.label, language))
  );
}

export function formatAmount(minor: number, currency: string): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(minor / 100);
}
