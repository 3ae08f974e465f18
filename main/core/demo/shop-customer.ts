import { foldText } from '../../../shared/domain/text.ts';
import type { ShopCustomerInput } from './generate-shop.ts';
import type { Random } from './prng.ts';
import { CUSTOMER_NOTES, EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, STREETS, TAGS } from './shop-words.ts';

const digits = (random: Random, count: number): string =>
  Array.from({ length: count }, () => String(random.int(10))).join('');

/** Phone numbers as people actually type them into a till: the same digits, many shapes. */
const PHONE_FORMATS: ReadonlyArray<(random: Random) => string> = [
  (r) => `+39 3${digits(r, 2)} ${digits(r, 3)} ${digits(r, 4)}`,
  (r) => `3${digits(r, 2)} ${digits(r, 7)}`,
  (r) => `0${digits(r, 3)}.${digits(r, 7)}`,
  (r) => `(${digits(r, 3)}) ${digits(r, 3)}-${digits(r, 4)}`,
  (r) => `+1 ${digits(r, 3)}-${digits(r, 3)}-${digits(r, 4)}`,
  (r) => `+44 7${digits(r, 3)} ${digits(r, 6)}`,
  (r) => `0${digits(r, 3)}/${digits(r, 7)}`,
  (r) => `+34 6${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`,
];

// Letters that Unicode does not decompose into base + accent, spelled the way people do in e-mails.
const ASCII_SPELLING: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', ı: 'i', đ: 'd', æ: 'ae' };

function emailWord(name: string): string {
  return foldText(name)
    .replace(/[ßøłıđæ]/g, (ch) => ASCII_SPELLING[ch] ?? '')
    .replace(/[^a-z0-9]/g, '');
}

function email(random: Random, firstName: string, lastName: string): string {
  const first = emailWord(firstName);
  const last = emailWord(lastName);
  const local = random.pick([
    `${first}.${last}`,
    `${first}${last}${random.between(1, 99)}`,
    `${first.charAt(0)}${last}`,
    `${first}_${last}${random.between(60, 99)}`,
    `${last}.${first}`,
  ]);
  return `${local}@${random.pick(EMAIL_DOMAINS)}`;
}

function birthday(random: Random): string {
  const month = random.between(1, 12);
  // Some customers tell the day but not the year; "--MM-DD" stores that, 29 February included.
  const year = random.chance(0.15) ? null : random.between(1940, 2008);
  const day = random.between(1, new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate());
  const mmdd = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return year === null ? `--${mmdd}` : `${year}-${mmdd}`;
}

function tags(random: Random): string[] {
  if (!random.chance(0.25)) return [];
  const count = random.between(1, 3);
  return [...new Set(Array.from({ length: count }, () => random.pick(TAGS)))];
}

/** One customer's form fields: ~90% phone, ~70% e-mail, ~50% birthday, ~25% tags, ~60% loyalty code. */
export function customerFields(random: Random, index: number): ShopCustomerInput {
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.chance(0.97) ? random.pick(LAST_NAMES) : '';
  const phoneFormat = random.pick(PHONE_FORMATS);
  return {
    firstName,
    lastName,
    phone: random.chance(0.9) ? phoneFormat(random) : '',
    email: random.chance(0.7) ? email(random, firstName, lastName || 'shop') : '',
    birthday: random.chance(0.5) ? birthday(random) : '',
    address: random.chance(0.4) ? `${random.pick(STREETS)} ${random.between(1, 199)}` : '',
    notes: random.chance(0.08) ? random.pick(CUSTOMER_NOTES) : '',
    tags: tags(random),
    // Loyalty card numbers: unique because they come from the index.
    code: random.chance(0.6) ? `C-${String(index + 1).padStart(6, '0')}` : '',
  };
}
