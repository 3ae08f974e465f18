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
