import {
  compareNames,
  compareScores,
  emailKey,
  nameKey,
  phoneKey,
  preparedName,
  scorePrepared,
  type DuplicateScore,
  type PreparedPerson,
} from '../../../shared/domain/duplicate-scoring.ts';
import type { DuplicateTuple } from '../repos/duplicates-repo.ts';

/**
 * A phone number or e-mail on more customers than this is the shop's placeholder ("000 000 0000",
 * "no@email.com") or a switchboard, not evidence that they are one person: it is ignored.
 */
export const SHARED_CONTACT_LIMIT = 25;

export interface ScoredPair extends DuplicateScore {
  /** Indexes into the rows given to findDuplicatePairs. */
  a: number;
  b: number;
}

interface Person extends PreparedPerson {
  seq: number;
}

/**
 * The most likely duplicate pairs among all customers, without comparing every pair (100k
 * customers make five billion). Blocking: only customers sharing a key are compared.
 * Tier 1: the same phone (last nine digits or E.164) or e-mail, score 1.
 * Tier 2: the same name, 0.9. Tier 3: names alike within blocks of the same first three letters
 * of the last name and the same first initial (or the first three of the first name and the
 * same last initial), or the same two names swapped, 0.7–0.85.
 * Tiers are visited in score order and each stops once `limit` pairs are found, so a base full
 * of namesakes costs no more than the pairs asked for. Names are compared once per distinct
 * name, not per customer: a hundred "Maria Rossi" are one name; and in a block of many names
 * each is compared with its alphabetical neighbours only, which bounds the work at any size.
 */
export function findDuplicatePairs(
  rows: readonly DuplicateTuple[],
  /** Dismissed pairs as "seqA|seqB", the smaller seq first. */
  dismissed: ReadonlySet<string>,
  limit: number,
): ScoredPair[] {
  const people = preparePeople(rows);
  const seen = new Set<number>();
  const result: ScoredPair[] = [];
  const pairKey = (a: number, b: number) => (a < b ? a * people.length + b : b * people.length + a);
  /** Adds the pair unless already found or dismissed; says whether the result is full. */
  const offer = (a: number, b: number): boolean => {
    const key = pairKey(a, b);
    if (seen.has(key)) return false;
    seen.add(key);
    const pa = people[a];
    const pb = people[b];
    if (!pa || !pb || dismissed.has(pa.seq < pb.seq ? `${pa.seq}|${pb.seq}` : `${pb.seq}|${pa.seq}`)) {
      return false;
    }
    const score = scorePrepared(pa, pb);
    if (score.score > 0) result.push({ a, b, ...score });
    return result.length >= limit;
  };

  // Tier 1 is collected whole before it is ranked, so its best pairs come first whatever the limit.
  for (const block of contactBlocks(people)) {
    forEachPair(block, (a, b) => {
      offer(a, b);
      return false;
    });
  }
  result.sort((x, y) => compareScores(x, y) || byNames(people, x, y));
  if (result.length >= limit) return result.slice(0, limit);

  const groups = nameGroups(people);
  for (const members of groups) if (members.length > 1 && forEachPair(members, offer)) return result;
  for (const match of similarNameMatches(people, groups)) {
    for (const a of match.left) for (const b of match.right) if (offer(a, b)) return result;
  }
  return result;
}

function preparePeople(rows: readonly DuplicateTuple[]): Person[] {
  // Names repeat a lot (a few thousand first names among 100k customers): fold each once.
  const folded = new Map<string, string>();
  const fold = (name: string) => {
    let key = folded.get(name);
    if (key === undefined) {
      key = nameKey(name);
      folded.set(name, key);
    }
    return key;
  };
  return rows.map(([seq, firstName, lastName, digits, e164, email]) => ({
    seq,
    ...preparedName(fold(firstName), fold(lastName)),
    phoneKey: phoneKey(digits),
    phoneE164: e164,
    emailKey: email === '' ? '' : emailKey(email),
  }));
}

/** Customers sharing a phone or an e-mail; a value shared too widely is cleared from its holders. */
function contactBlocks(people: Person[]): number[][] {
  const fields = ['phoneKey', 'phoneE164', 'emailKey'] as const;
  const blocks: number[][] = [];
  const byField = fields.map((field) => groupBy(people, (person) => person[field]));
  fields.forEach((field, index) => {
    for (const members of byField[index]?.values() ?? []) {
      if (members.length <= SHARED_CONTACT_LIMIT) {
        if (members.length > 1) blocks.push(members);
        continue;
      }
      for (const member of members) {
        const person = people[member];
        if (person) person[field] = '';
      }
    }
  });
  return blocks;
}

/** Customers by their exact name (compacted), in name order; only those with a first and last name. */
function nameGroups(people: Person[]): number[][] {
  const groups = groupBy(people, (person) =>
    person.first === '' || person.last === '' ? '' : `${person.lastKey}|${person.firstKey}`,
  );
  return [...groups.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, members]) => members);
}

interface NameMatch {
  left: number[];
  right: number[];
  score: number;
}

/** A block with more names than this is not compared all against all (that grows as the square). */
const FULL_BLOCK_NAMES = 24;
/** In a bigger block, each name is compared with this many that follow it in alphabetical order. */
const NEIGHBOURS = 6;

/** Pairs of distinct names that compareNames finds alike, best first. */
function similarNameMatches(people: Person[], groups: number[][]): NameMatch[] {
  const names = groups.map((group) => people[group[0] ?? -1]);
  // A typo early in the last name still leaves the first name's start: block both ways round.
  const byLast = groupBy(names, (name) => `${name.lastKey.slice(0, 3)}|${name.first[0] ?? ''}`);
  const byFirst = groupBy(names, (name) => `${name.firstKey.slice(0, 3)}|${name.last[0] ?? ''}`);
  const swapped = groupBy(names, (name) =>
    name.firstKey < name.lastKey ? `${name.firstKey}|${name.lastKey}` : `${name.lastKey}|${name.firstKey}`,
  );
  // Two names can share more than one block; only the (few) matches are deduplicated, as
  // remembering every comparison would cost more than repeating the odd one.
  const matched = new Set<number>();
  const matches: NameMatch[] = [];
  const compare = (gi: number, gj: number) => {
    const a = names[gi];
    const b = names[gj];
    const match = a && b ? compareNames(a, b) : null;
    const key = gi < gj ? gi * groups.length + gj : gj * groups.length + gi;
    if (match && !matched.has(key)) {
      matched.add(key);
      matches.push({ left: groups[gi] ?? [], right: groups[gj] ?? [], score: match.score });
    }
    return false;
  };
  const sortKeys: [Map<string, number[]>, (name: Person) => string][] = [
    [byLast, (name) => `${name.lastKey} ${name.firstKey}`],
    [byFirst, (name) => `${name.firstKey} ${name.lastKey}`],
    [swapped, (name) => name.full],
  ];
  for (const [blocks, sortKey] of sortKeys) {
    for (const block of blocks.values()) {
      if (block.length <= FULL_BLOCK_NAMES) {
        forEachPair(block, compare);
        continue;
      }
      // Sorted neighbourhood: near spellings sort near each other.
      const keyOf = (group: number) => {
        const name = names[group];
        return name ? sortKey(name) : '';
      };
      const sorted = block
        .map((group) => ({ group, key: keyOf(group) }))
        .sort((x, y) => (x.key < y.key ? -1 : 1));
      for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j <= i + NEIGHBOURS && j < sorted.length; j++) {
          compare(sorted[i]?.group ?? -1, sorted[j]?.group ?? -1);
        }
      }
    }
  }
  return matches.sort((x, y) => y.score - x.score);
}

/** Calls visit for every pair i < j of the members until it returns true; says whether it did. */
function forEachPair(members: readonly number[], visit: (a: number, b: number) => boolean): boolean {
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      if (visit(members[i] ?? -1, members[j] ?? -1)) return true;
    }
  }
  return false;
}

/** Indexes by key, in index order; missing entries and empty keys are left out. */
function groupBy(
  people: readonly (Person | undefined)[],
  keyOf: (person: Person) => string,
): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  people.forEach((person, index) => {
    const key = person === undefined ? '' : keyOf(person);
    if (key === '') return;
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  return groups;
}

function byNames(people: Person[], x: ScoredPair, y: ScoredPair): number {
  const name = (pair: ScoredPair) => `${people[pair.a]?.last ?? ''} ${people[pair.a]?.first ?? ''}`;
  return name(x) < name(y) ? -1 : name(x) > name(y) ? 1 : 0;
}
