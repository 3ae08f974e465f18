/** What a digest is taken of: the points the derived rows hold for one key at one instant. */
export interface DigestEntry {
  key: string;
  at: number;
  points: number;
}

const TWO_32 = 4_294_967_296;
const TWO_21 = 2_097_152;

/** MurmurHash3's finalizer: every input bit moves about half of the output bits. */
function avalanche(hash: number): number {
  let h = hash;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function mixNumber(hash: number, value: number, multiplier: number): number {
  const low = Math.imul(hash ^ (value >>> 0), multiplier);
  return Math.imul(low ^ Math.floor(value / TWO_32), multiplier);
}

/**
 * A 53-bit fingerprint of a set of (key, instant, points): two independent 32-bit hashes of each
 * entry, summed, so the order the entries come in does not matter. Two different sets share a
 * digest with a chance of about 1 in 2^53, and a full recompute only trusts a digest it would
 * have written itself: a ledger that differs from the replay is then read and corrected.
 */
export function ledgerDigest(entries: readonly DigestEntry[]): number {
  let sumA = entries.length;
  let sumB = 0;
  for (const entry of entries) {
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    const key = entry.key;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995);
    }
    a = mixNumber(mixNumber(a, entry.at, 0x01000193), entry.points, 0x01000193);
    b = mixNumber(mixNumber(b, entry.at, 0x5bd1e995), entry.points, 0x5bd1e995);
    sumA = (sumA + avalanche(a)) >>> 0;
    sumB = (sumB + avalanche(b)) >>> 0;
  }
  return (sumB % TWO_21) * TWO_32 + sumA;
}
