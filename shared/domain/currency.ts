// The shop's currency: amounts are stored in minor units (cents) whatever it is, so changing it
// only changes how they read. Codes are ISO 4217; Intl formats and names them.

/** Currencies of the regions a shop is most likely in; elsewhere the owner picks one. */
const CURRENCY_OF_REGION: Record<string, string> = {
  US: 'USD',
  GB: 'GBP',
  CH: 'CHF',
  LI: 'CHF',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  IE: 'EUR',
  IT: 'EUR',
  SM: 'EUR',
  VA: 'EUR',
  FR: 'EUR',
  DE: 'EUR',
  ES: 'EUR',
  PT: 'EUR',
  NL: 'EUR',
  BE: 'EUR',
  LU: 'EUR',
  AT: 'EUR',
  FI: 'EUR',
  GR: 'EUR',
  CY: 'EUR',
  MT: 'EUR',
  SI: 'EUR',
  SK: 'EUR',
  EE: 'EUR',
  LV: 'EUR',
  LT: 'EUR',
  HR: 'EUR',
  MC: 'EUR',
  AD: 'EUR',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  RO: 'RON',
  BG: 'BGN',
  JP: 'JPY',
  CN: 'CNY',
  IN: 'INR',
  BR: 'BRL',
  MX: 'MXN',
  ZA: 'ZAR',
  SG: 'SGD',
  HK: 'HKD',
  AR: 'ARS',
  TR: 'TRY',
  IL: 'ILS',
  AE: 'AED',
  KR: 'KRW',
};

export const DEFAULT_CURRENCY = 'EUR';

/** The currency a shop in this region most likely takes; the euro when we cannot tell. */
export function currencyOfRegion(region: string): string {
  return CURRENCY_OF_REGION[region] ?? DEFAULT_CURRENCY;
}

/** A three-letter code Intl knows as a currency (and so can format). */
export function isKnownCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code);
}
