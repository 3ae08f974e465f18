import { foldText, phoneDigits } from '../../shared/domain/text.ts';
import type { ShopCustomer } from '../core/demo/generate-shop.ts';
import { createRandom, type Random } from '../core/demo/prng.ts';

export type QueryKind =
  'name part' | 'accent-free name' | 'full name' | 'phone last 4' | 'e-mail part' | 'prefix 1-2';

/** The baseline's hand-written translation of a query: an FTS5 MATCH and/or name-word prefixes. */
export interface RawPlan {
  match: string | null;
  /** LIKE patterns on ' ' || sort_name, for terms too short for trigrams. */
  nameLikes: string[];
}

export interface SearchQuery {
  kind: QueryKind;
  text: string;
  raw: RawPlan;
}

/** What a person at the counter types, in rough proportion; each query comes from a real customer. */
const MIX: ReadonlyArray<readonly [QueryKind, number]> = [
  ['name part', 0.3],
  ['accent-free name', 0.15],
  ['full name', 0.1],
  ['phone last 4', 0.2],
  ['e-mail part', 0.1],
  ['prefix 1-2', 0.15],
];

const hasAccent = (name: string) => foldText(name) !== name.toLowerCase();

function slice(random: Random, text: string, min: number, max: number): string {
  const chars = [...text];
  const length = Math.min(chars.length, random.between(min, max));
  const start = random.int(chars.length - length + 1);
  return chars.slice(start, start + length).join('');
}

/** Picks a customer that has what the query kind needs; gives up after a while on tiny shops. */
function someCustomer(random: Random, customers: ShopCustomer[], test: (c: ShopCustomer) => boolean) {
  for (let tries = 0; tries < 1000; tries++) {
    const customer = random.pick(customers);
    if (test(customer)) return customer;
  }
  return undefined;
}

function queryText(kind: QueryKind, random: Random, customers: ShopCustomer[]): string | undefined {
  const named = (c: ShopCustomer) => c.input.lastName.length >= 3;
  const name = (c: ShopCustomer) => (random.chance(0.5) ? c.input.firstName : c.input.lastName);
  switch (kind) {
    case 'name part': {
      const customer = someCustomer(random, customers, named);
      return customer && slice(random, name(customer).toLowerCase(), 3, 6);
    }
    case 'accent-free name': {
      const customer = someCustomer(random, customers, (c) =>
        hasAccent(c.input.firstName + c.input.lastName),
      );
      if (!customer) return undefined;
      const accented = hasAccent(customer.input.lastName)
        ? customer.input.lastName
        : customer.input.firstName;
      return foldText(accented);
    }
    case 'full name': {
      const customer = someCustomer(random, customers, named);
      return customer && `${customer.input.firstName} ${customer.input.lastName}`.toLowerCase();
    }
    case 'phone last 4':
      return phoneDigits(
        someCustomer(random, customers, (c) => c.input.phone !== '')?.input.phone ?? '',
      ).slice(-4);
    case 'e-mail part': {
      const customer = someCustomer(random, customers, (c) => c.input.email !== '');
      return customer && slice(random, customer.input.email.split('@')[0] ?? '', 4, 10);
    }
    case 'prefix 1-2': {
      const customer = someCustomer(random, customers, named);
      return customer && [...name(customer)].slice(0, random.between(1, 2)).join('');
    }
  }
}

/** The baseline's translation, written out by hand rather than taken from the repo under test. */
export function rawPlan(text: string): RawPlan {
  const trimmed = text.trim();
  if (/^[+\d][\d\s()./-]*$/.test(trimmed)) {
    return { match: `"${phoneDigits(trimmed)}"`, nameLikes: [] };
  }
  const terms = foldText(trimmed).split(/\s+/);
  const long = terms.filter((term) => [...term].length >= 3);
  const short = terms.filter((term) => term !== '' && [...term].length < 3);
  return {
    match: long.length > 0 ? long.map((term) => `"${term.replaceAll('"', '""')}"`).join(' AND ') : null,
    nameLikes: short.map((term) => `% ${term}%`),
  };
}

/** `count` queries drawn from the shop's own customers, in the proportions of MIX. */
export function buildQueries(customers: ShopCustomer[], count: number, seed: number): SearchQuery[] {
  const random = createRandom(seed);
  const queries: SearchQuery[] = [];
  for (const [kind, share] of MIX) {
    const wanted = Math.round(count * share);
    for (let made = 0, tries = 0; made < wanted && tries < wanted * 10; tries++) {
      const text = queryText(kind, random, customers);
      if (text === undefined || text.trim() === '') continue;
      queries.push({ kind, text, raw: rawPlan(text) });
      made++;
    }
  }
  // Shuffled, so no query shape runs as a block while the machine happens to be busy.
  for (let i = queries.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [queries[i], queries[j]] = [queries[j] as SearchQuery, queries[i] as SearchQuery];
  }
  return queries;
}
