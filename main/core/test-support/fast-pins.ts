import { afterAll, beforeAll } from 'vitest';
import { setScryptCostForTests } from '../services/secret-hash.ts';

/**
 * For a test file that signs in many times: scrypt at N=2^10 instead of 2^17 while it runs, the
 * same code path at a fraction of the time. sign-in.test.ts keeps the real cost where it matters.
 */
export function withFastPins(): void {
  beforeAll(() => setScryptCostForTests({ N: 2 ** 10, r: 8, p: 1 }));
  afterAll(() => setScryptCostForTests(null));
}
