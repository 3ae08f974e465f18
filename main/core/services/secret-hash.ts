import {
  createHmac,
  randomBytes,
  scrypt,
  scryptSync,
  timingSafeEqual,
  type ScryptOptions,
} from 'node:crypto';
import { secretKindOf } from '../../../shared/domain/auth.ts';
import { AppError } from '../errors.ts';
import type { PinKey } from './pin-key.ts';

interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** OWASP's scrypt parameters for passwords: 2^17 iterations of 8 blocks, one lane. */
const OWASP: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
let cost = OWASP;

const algorithmOf = ({ N, r, p }: ScryptCost) => `scrypt:N=${N},r=${r},p=${p}`;
export const SCRYPT_ALGORITHM = algorithmOf(OWASP);

/**
 * Test code only (test-support/fast-pins.ts): a cheaper cost so suites that sign in dozens of
 * times stay quick. No channel or option of the app reaches it; the CLI and servers never call it.
 */
export function setScryptCostForTests(next: ScryptCost | null): void {
  cost = next ?? OWASP;
}

// scrypt needs 128 × N × r bytes (128 MiB at OWASP's cost); Node refuses above 32 MiB unless told.
const optionsOf = ({ N, r, p }: ScryptCost): ScryptOptions => ({ N, r, p, maxmem: 256 * 1024 * 1024 });

/** The cost a stored hash was made with, within sane bounds; anything else is not ours. */
function costOf(algorithm: string): ScryptCost | undefined {
  const match = /^scrypt:N=(\d+),r=(\d+),p=(\d+)$/.exec(algorithm);
  if (!match) return undefined;
  const [N, r, p] = match.slice(1).map(Number) as [number, number, number];
  const powerOfTwo = N >= 2 ** 10 && N <= 2 ** 20 && (N & (N - 1)) === 0;
  return powerOfTwo && r >= 1 && r <= 16 && p >= 1 && p <= 4 ? { N, r, p } : undefined;
}

export interface HashedSecret {
  kind: 'pin' | 'password';
  algorithm: string;
  keyId: string;
  salt: Buffer;
  hash: Buffer;
}

export interface StoredSecret {
  algorithm: string;
  key_id: string;
  salt: Buffer;
  hash: Buffer;
}

/**
 * The secret keyed with the install's key first (HMAC-SHA256), then stretched with scrypt: a
 * database copied without regulars.key cannot be brute-forced, however short the PIN.
 */
function keyed(secret: string, key: PinKey): Buffer {
  return createHmac('sha256', key.bytes).update(secret.normalize('NFC'), 'utf8').digest();
}

// One hash at a time: each takes 128 MiB, and several sign-ins at once must not add up to a GiB.
let queue: Promise<unknown> = Promise.resolve();

function stretch(input: Buffer, salt: Buffer, with_: ScryptCost): Promise<Buffer> {
  const run = () =>
    new Promise<Buffer>((resolve, reject) => {
      scrypt(input, salt, KEY_LENGTH, optionsOf(with_), (error, derived) =>
        error ? reject(error) : resolve(derived),
      );
    });
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

export async function hashSecret(secret: string, key: PinKey): Promise<HashedSecret> {
  const salt = randomBytes(SALT_LENGTH);
  const hash = await stretch(keyed(secret, key), salt, cost);
  return { kind: secretKindOf(secret), algorithm: algorithmOf(cost), keyId: key.id, salt, hash };
}

/** The command line's version: a one-shot process has nothing else to keep responsive. */
export function hashSecretSync(secret: string, key: PinKey): HashedSecret {
  const salt = randomBytes(SALT_LENGTH);
  const hash = scryptSync(keyed(secret, key), salt, KEY_LENGTH, optionsOf(cost));
  return { kind: secretKindOf(secret), algorithm: algorithmOf(cost), keyId: key.id, salt, hash };
}

/** Compares in constant time; a key that is not the one the PIN was made with is an error, not a "no". */
export async function secretMatches(secret: string, stored: StoredSecret, key: PinKey): Promise<boolean> {
  if (stored.key_id !== key.id) {
    throw new AppError(
      'conflict',
      'The key file regulars.key beside the database is not the one these PINs were made with, so no PIN can ' +
        'be checked. Put back the original regulars.key, or reset the PINs with "regulars staff set-pin".',
    );
  }
  const storedCost = costOf(stored.algorithm);
  if (!storedCost) {
    throw new AppError(
      'conflict',
      `This PIN was saved by a newer Regulars (${stored.algorithm}); update Regulars.`,
    );
  }
  const derived = await stretch(keyed(secret, key), stored.salt, storedCost);
  return derived.length === stored.hash.length && timingSafeEqual(derived, stored.hash);
}
