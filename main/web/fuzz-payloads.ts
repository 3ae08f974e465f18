// Test support: seeded generators of hostile inputs for the fuzz test, so a failure reproduces.

/** mulberry32: tiny, fast and good enough to pick test cases; the same seed gives the same run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** An own `__proto__` key, as JSON.parse makes it: an object literal would set the prototype instead. */
export function withOwnKey(target: object, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...target };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

export const HOSTILE_STRINGS: readonly string[] = [
  "'; DROP TABLE customers; --",
  '" OR 1=1 --',
  "Robert'); DELETE FROM interactions; --",
  '1; UPDATE customers SET first_name = NULL',
  'x'.repeat(100_000),
  // Just under the body limit once JSON-encoded: the largest text any call can carry.
  'ü'.repeat(240_000),
  "' UNION SELECT hash, salt FROM staff_credentials --",
  "x'); DELETE FROM audit_log; --",
  "1' OR '1'='1' /*",
  'UPDATE audit_log SET details = NULL; SELECT 1',
  "; ATTACH DATABASE '/tmp/x.db' AS x; --",
  "Robert\u0000'); DROP TABLE staff; --",
  '',
  '   ',
  '\u0000',
  '\u202eevil',
  '\uD800',
  '😀'.repeat(60),
  '__proto__',
  'constructor',
  'prototype',
  '12',
  '-1',
  '1e999',
  'NaN',
  'Infinity',
  'null',
  'true',
  '[]',
  '{}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'a,b',
  '2023-02-30',
  '--13-01',
  'nobody@',
  // FTS5 query syntax: search must treat these as text, never as a query program.
  '"',
  '*',
  'NEAR(a b)',
  'a AND OR NOT b',
  '^x',
  'name:jo',
  '(',
  'ab"cd*',
];

export const HOSTILE_KEYS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'extra',
  '',
];

function nestedArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

export function hostileValue(random: Random, depth = 0): unknown {
  const kind = Math.floor(random() * 12);
  switch (kind) {
    case 0:
    case 1:
    case 2:
      return pick(random, HOSTILE_STRINGS);
    case 3:
      return pick(random, [0, -1, -0, 1.5, 1e308, -1e308, 2 ** 53 + 2, Number.MIN_VALUE, 4_102_444_800_001]);
    case 4:
      return pick(random, [true, false, null]);
    case 5:
      return nestedArray(1 + Math.floor(random() * 200));
    case 6:
      return depth > 3 ? [] : [hostileValue(random, depth + 1), hostileValue(random, depth + 1)];
    case 7:
      return depth > 3 ? {} : withOwnKey({}, pick(random, HOSTILE_KEYS), hostileValue(random, depth + 1));
    case 8:
      return withOwnKey({}, '__proto__', { polluted: true });
    case 9:
      return String(Math.floor(random() * 1000));
    case 10:
      return { length: 1e9 };
    default:
      return Array.from({ length: 1 + Math.floor(random() * 60) }, () =>
        pick(random, HOSTILE_STRINGS.slice(0, 4)),
      );
  }
}

/** One mutation of a valid input: a wrong field, a missing field, an extra key, or no object at all. */
export function mutate(random: Random, base: Record<string, unknown>): unknown {
  const keys = Object.keys(base);
  const strategy = Math.floor(random() * 6);
  if (strategy === 0 || keys.length === 0) return hostileValue(random);
  if (strategy === 1 || strategy === 2) return { ...base, [pick(random, keys)]: hostileValue(random) };
  if (strategy === 3) {
    const copy = { ...base };
    delete copy[pick(random, keys)];
    return copy;
  }
  if (strategy === 4) return withOwnKey(base, pick(random, HOSTILE_KEYS), hostileValue(random));
  let value: unknown = base;
  for (let i = 0; i < 3; i++) {
    value =
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? mutate(random, value as Record<string, unknown>)
        : value;
  }
  return value;
}

/** Bodies JSON.stringify cannot produce: NaN, Infinity, broken or deeply nested text, and so on. */
export function hostileJsonText(random: Random, base: Record<string, unknown>): string {
  const key = pick(random, [...Object.keys(base), 'limit', 'x']);
  const valid = JSON.stringify(base);
  return pick(random, [
    'NaN',
    'Infinity',
    '-Infinity',
    `{"${key}": NaN}`,
    `{"${key}": Infinity}`,
    `{"${key}": -Infinity}`,
    '['.repeat(5000) + ']'.repeat(5000),
    '['.repeat(100_000),
    '{"a":'.repeat(3000) + '1' + '}'.repeat(3000),
    valid.slice(0, Math.floor(valid.length / 2)),
    `\uFEFF${valid}`,
    `${valid} trailing`,
    `{"${key}": 1, "${key}": "twice"}`,
    `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}`,
    `{"${key}": 1${'0'.repeat(400)}}`,
    '/* comment */ {}',
    "{'single': 'quotes'}",
    'undefined',
    '\u0000',
  ]);
}
