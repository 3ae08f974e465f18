// Letters that Unicode does not decompose into a base letter plus an accent, so NFD alone would
// leave "Łukasz" unreachable by "lukasz".
const STANDALONE_LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  ı: 'i',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
};

/** Lower-cases and strips accents, so "José" sorts and matches like "jose" and "Łukasz" like "lukasz". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[łøßıæœđðþħ]/g, (letter) => STANDALONE_LETTERS[letter] ?? letter)
    .trim();
}

/** Keeps only the digits of a phone number as typed, for "last 4 digits" search. */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}
