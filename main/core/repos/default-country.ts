import { isPhoneRegion } from '../../../shared/domain/phone.ts';
import type { Db } from '../db/open.ts';
import { readSetting } from './settings-repo.ts';

export const DEFAULT_COUNTRY_KEY = 'default_country';

/** The region of a locale like "it-IT" or "en-GB", when it names one libphonenumber knows. */
export function regionOfLocale(locale: string): string | undefined {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region !== undefined && isPhoneRegion(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

/** Until the owner picks one, the computer's own region is the best guess; 'US' when it has none. */
export function systemDefaultCountry(locale = Intl.DateTimeFormat().resolvedOptions().locale): string {
  return regionOfLocale(locale) ?? 'US';
}

/** The country phone numbers typed without a country code belong to. */
export function readDefaultCountry(db: Db): string {
  const stored = readSetting(db, DEFAULT_COUNTRY_KEY);
  return typeof stored === 'string' && isPhoneRegion(stored) ? stored : systemDefaultCountry();
}
