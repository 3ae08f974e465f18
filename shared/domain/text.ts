/** Lower-cases and strips accents, so "José" sorts and matches like "jose". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

/** Keeps only the digits of a phone number as typed, for "last 4 digits" search. */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}
