import type { Channel, InteractionKind } from '../../../shared/domain/interaction.ts';
import { createRandom, type Random } from './prng.ts';
import { customerFields } from './shop-customer.ts';
import { interactionAt } from './shop-interaction.ts';

/** What a customer form would send: accepted as is by `customerInputSchema` and `createCustomer`. */
export interface ShopCustomerInput {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  birthday: string;
  address: string;
  notes: string;
  tags: string[];
  code: string;
}

export interface ShopCustomer {
  /** When the customer first came in; their first interaction happens then. */
  createdAt: number;
  input: ShopCustomerInput;
}

/** What `logInteraction` takes, less the customer id, which only exists once the customer is stored. */
export interface ShopInteractionInput {
  kind: InteractionKind;
  occurredAt: number;
  channel: Channel;
  amountMinor: number | null;
  note: string;
  staffId: null;
  csat: number | null;
  nps: number | null;
  ces: number | null;
}

export interface ShopInteraction {
  /** Index into `customers`. */
  customerIndex: number;
  input: ShopInteractionInput;
}

export interface ShopOptions {
  customers: number;
  interactions: number;
  seed: number;
  /** The end of the two years of history, in ms. */
  now: number;
}

export interface Shop {
  customers: ShopCustomer[];
  /** How many interactions each customer has, by customer index; they sum to `interactionCount`. */
  visitCounts: Uint32Array;
  interactionCount: number;
  /**
   * Generated afresh on every iteration (a million objects would not fit comfortably in memory
   * twice), always the same sequence: customer by customer, each customer's oldest first.
   */
  interactions: Iterable<ShopInteraction>;
}

export const DAY_MS = 86_400_000;
export const HISTORY_MS = 730 * DAY_MS;

/**
 * How unequal visit frequencies are: each customer's rate is log-normal with this sigma, so a few
 * regulars come weekly while most come a handful of times and many only once.
 */
const RATE_SIGMA = 0.9;

/** A deterministic shop: the same options give the same customers and interactions everywhere. */
export function generateShop(options: ShopOptions): Shop {
  const { now, seed } = options;
  const random = createRandom(seed);
  const customers: ShopCustomer[] = [];
  for (let index = 0; index < options.customers; index++) {
    // Shops gain customers steadily, so first visits spread over the two years.
    const createdAt = openingHours(
      random,
      now - HISTORY_MS + random.next() * HISTORY_MS,
      now - HISTORY_MS,
      now,
    );
    customers.push({ createdAt, input: customerFields(random, index) });
  }
  const visitCounts = allocateVisits(createRandom(seed ^ 0x5eed), customers, options.interactions, now);
  return {
    customers,
    visitCounts,
    interactionCount: options.interactions,
    interactions: { [Symbol.iterator]: () => interactionsOf(customers, visitCounts, seed, now) },
  };
}

/**
 * Splits exactly `total` interactions between customers: one each for their first visit (while
 * there are enough to go round), the rest in proportion to rate × time known, drawn one by one.
 */
function allocateVisits(random: Random, customers: ShopCustomer[], total: number, now: number): Uint32Array {
  const counts = new Uint32Array(customers.length);
  let left = total;
  if (total >= customers.length) {
    counts.fill(1);
    left -= customers.length;
  }
  const cumulative = new Float64Array(customers.length);
  let sum = 0;
  customers.forEach((customer, index) => {
    sum += random.logNormal(0, RATE_SIGMA) * (now - customer.createdAt + DAY_MS);
    cumulative[index] = sum;
  });
  for (; left > 0; left--) {
    const index = lowerBound(cumulative, random.next() * sum);
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function* interactionsOf(
  customers: ShopCustomer[],
  visitCounts: Uint32Array,
  seed: number,
  now: number,
): Generator<ShopInteraction> {
  const random = createRandom(seed ^ 0x1e7e);
  for (const [customerIndex, customer] of customers.entries()) {
    const count = visitCounts[customerIndex] ?? 0;
    if (count === 0) continue;
    const times = [customer.createdAt];
    for (let k = 1; k < count; k++) {
      const at = customer.createdAt + random.next() * (now - customer.createdAt);
      times.push(openingHours(random, at, customer.createdAt, now));
    }
    times.sort((a, b) => a - b);
    for (const [k, occurredAt] of times.entries()) {
      yield { customerIndex, input: interactionAt(random, occurredAt, k === 0) };
    }
  }
}

/** Moves an instant to a random minute between 9:00 and 19:00 of its day (UTC), kept within bounds. */
function openingHours(random: Random, at: number, earliest: number, latest: number): number {
  const day = Math.floor(at / DAY_MS) * DAY_MS;
  const time = day + 9 * 3_600_000 + random.int(600) * 60_000;
  return Math.min(Math.max(time, earliest), latest);
}
