import { foldText, phoneDigits } from './text.ts';

// Whether two customer records may be the same person. Pure, so the form's live warning, the
// core's whole-base scan and the tests all apply the very same rules.

/** What the rules look at: the contact details as stored, and the name as typed. */
export interface ScoredPerson {
  firstName: string;
  lastName: string;
  /** Every digit of the phone as typed (customers.phone_digits). */
  phoneDigits: string;
  phoneE164: string;
  email: string;
}

/** A name reduced once to what the name rules compare. */
export interface PreparedName {
  /** Folded first name, punctuation dropped: "J." → "j", "Núñez" → "nunez". */
  first: string;
  last: string;
  /** The same without spaces, so "De Luca" and "Deluca" are one name. */
  firstKey: string;
  lastKey: string;
  /** "first last", what the spelling rule compares. */
  full: string;
}

/** A person reduced once to the keys the rules compare, so a scan folds each name only once. */
export interface PreparedPerson extends PreparedName {
  phoneKey: string;
  phoneE164: string;
  emailKey: string;
}

export interface DuplicateScore {
  /** 0–1: 1 for the same phone or e-mail, 0.9 for the same name, 0.7–0.85 for a similar one. */
  score: number;
  reasons: string[];
}

export const SAME_PHONE = 'Same phone number';
export const SAME_EMAIL = 'Same e-mail';
export const SAME_NAME = 'Same name';

/** Fewer digits than this is an extension or a typo, not a number that identifies someone. */
const MIN_PHONE_DIGITS = 7;
/** Enough to be the subscriber number in any country, short enough to ignore how the prefix was typed. */
const PHONE_KEY_DIGITS = 9;
const SIMILAR_NAME_MIN = 0.92;
/** A similar full name also needs a similar last name: "Al Li" and "Ali Lu" are two people. */
const SIMILAR_LAST_NAME_MIN = 0.88;

/** The last nine digits, so "+39 333 123 4567" and "333 1234567" meet; '' when too short to mean anything. */
export function phoneKey(digits: string): string {
  return digits.length >= MIN_PHONE_DIGITS ? digits.slice(-PHONE_KEY_DIGITS) : '';
}

const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/** Trimmed and lower-cased; Gmail ignores dots and "+anything" in the local part, so we do too. */
export function emailKey(email: string): string {
  const lower = email.trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at <= 0) return lower;
  const domain = lower.slice(at + 1);
  if (!GMAIL_DOMAINS.has(domain)) return lower;
  const local = lower.slice(0, at).split('+')[0] ?? '';
  return `${local.replaceAll('.', '')}@gmail.com`;
}

/** Folded, apostrophes and dots dropped ("O'Brien" = "OBrien", "J." = "J"), other punctuation a space. */
export function nameKey(name: string): string {
  return foldedNameKey(foldText(name));
}

/** nameKey of a text already through foldText (a stored sort name): skips the costly folding. */
export function foldedNameKey(folded: string): string {
  return folded
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The name part of a prepared person, from names already through nameKey. */
export function preparedName(first: string, last: string): PreparedName {
  return {
    first,
    last,
    firstKey: first.replaceAll(' ', ''),
    lastKey: last.replaceAll(' ', ''),
    full: `${first} ${last}`,
  };
}

export function preparePerson(person: ScoredPerson): PreparedPerson {
  return {
    ...preparedName(nameKey(person.firstName), nameKey(person.lastName)),
    phoneKey: phoneKey(phoneDigits(person.phoneDigits)),
    phoneE164: person.phoneE164,
    emailKey: person.email.trim() === '' ? '' : emailKey(person.email),
  };
}

let matchedA = new Uint8Array(64);
let matchedB = new Uint8Array(64);

/**
 * Jaro-Winkler similarity (0–1) with the usual prefix scale 0.1 over at most 4 characters,
 * applied when the Jaro similarity exceeds 0.7.
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  // A scan compares millions of names: reuse the match flags instead of allocating per call.
  if (matchedA.length < a.length) matchedA = new Uint8Array(a.length * 2);
  if (matchedB.length < b.length) matchedB = new Uint8Array(b.length * 2);
  const aMatched = matchedA.fill(0, 0, a.length);
  const bMatched = matchedB.fill(0, 0, b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const end = Math.min(i + window + 1, b.length);
    for (let j = Math.max(0, i - window); j < end; j++) {
      if (bMatched[j] === 1 || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      aMatched[i] = 1;
      bMatched[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let outOfOrder = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (aMatched[i] === 0) continue;
    while (bMatched[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) outOfOrder++;
    k++;
  }
  const m = matches;
  const jaro = (m / a.length + m / b.length + (m - Math.floor(outOfOrder / 2)) / m) / 3;
  if (jaro <= 0.7) return jaro;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

export interface NameMatch {
  score: number;
  reason: string;
}

const isInitial = (name: string) => name.length === 1;

/**
 * How alike two names are, or null. Both need a first and a last name: a first name alone
 * ("Anna") is shared by too many people to say anything. Nicknames ("Bob" for "Robert") are
 * deliberately not matched: no spelling rule tells them apart from two different people.
 */
export function compareNames(a: PreparedName, b: PreparedName): NameMatch | null {
  if (a.first === '' || a.last === '' || b.first === '' || b.last === '') return null;
  if (a.firstKey === b.firstKey && a.lastKey === b.lastKey) {
    return { score: 0.9, reason: SAME_NAME };
  }
  if (a.firstKey === b.lastKey && a.lastKey === b.firstKey) {
    return { score: 0.85, reason: 'Similar name (first and last name swapped)' };
  }
  if (a.lastKey === b.lastKey && a.first[0] === b.first[0]) {
    if (isInitial(a.first) !== isInitial(b.first)) {
      return {
        score: 0.8,
        reason: `Similar name (initial ${a.first[0]?.toUpperCase()}. and same last name)`,
      };
    }
  }
  // Spelling: the full names almost alike, starting with the same letter, with similar last names.
  if (a.first[0] !== b.first[0] || isInitial(a.first) || isInitial(b.first)) return null;
  if (jaroWinkler(a.last, b.last) < SIMILAR_LAST_NAME_MIN) return null;
  const similarity = jaroWinkler(a.full, b.full);
  if (similarity < SIMILAR_NAME_MIN) return null;
  // 0.92 → 0.7 up to 1 → 0.85: always below a name spelled exactly the same.
  const score = 0.7 + Math.min(1, (similarity - SIMILAR_NAME_MIN) / (1 - SIMILAR_NAME_MIN)) * 0.15;
  return { score: Math.round(score * 100) / 100, reason: 'Similar name (spelled almost the same)' };
}

/** Scores two prepared people: the strongest signal is the score, every signal a reason. */
export function scorePrepared(a: PreparedPerson, b: PreparedPerson): DuplicateScore {
  const reasons: string[] = [];
  let score = 0;
  const samePhone =
    (a.phoneKey !== '' && a.phoneKey === b.phoneKey) || (a.phoneE164 !== '' && a.phoneE164 === b.phoneE164);
  if (samePhone) {
    reasons.push(SAME_PHONE);
    score = 1;
  }
  if (a.emailKey !== '' && a.emailKey === b.emailKey) {
    reasons.push(SAME_EMAIL);
    score = 1;
  }
  const name = compareNames(a, b);
  if (name) {
    reasons.push(name.reason);
    score = Math.max(score, name.score);
  }
  return { score, reasons };
}

export function scoreDuplicate(a: ScoredPerson, b: ScoredPerson): DuplicateScore {
  return scorePrepared(preparePerson(a), preparePerson(b));
}

/** Most likely first: the score, then how many signals agree. */
export function compareScores(a: DuplicateScore, b: DuplicateScore): number {
  return b.score - a.score || b.reasons.length - a.reasons.length;
}
