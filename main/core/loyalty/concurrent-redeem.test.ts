import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCore } from '../core.ts';
import { makeTempDir } from '../test-support/temp-core.ts';
import { CAFE_PROGRAM } from './test-program.ts';
import { TEST_ACTOR } from '../test-support/test-actor.ts';

// Two counters (here: six processes) redeeming for the same customer at once cannot spend the
// same points twice: each redemption checks the balance and writes in one IMMEDIATE transaction.

const ROOT = join(import.meta.dirname, '..', '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const BIN = join(ROOT, 'main', 'cli', 'bin.mjs');

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.dispose());

function redeem(dbPath: string, customerId: string): Promise<{ status: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [BIN, 'loyalty', 'redeem', customerId, 'r1', '--json'], {
      env: { PATH: process.env.PATH, HOME: temp.dir, REGULARS_DB: dbPath, TZ: 'UTC' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status: status ?? -1, stderr }));
  });
}

it('lets exactly as many redemptions through as the balance pays for', async () => {
  const dbPath = join(temp.dir, 'shop.db');
  const core = createCore(dbPath, { log: () => {}, actor: TEST_ACTOR });
  let customerId = '';
  try {
    const call = (channel: string, input: unknown) => {
      const result = core.call(channel, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.data as { id: string };
    };
    call('loyalty:setProgram', { program: CAFE_PROGRAM });
    customerId = call('customers:create', { firstName: 'Ann' }).id;
    // 100 points; the coffee costs 30: three coffees, ten points left.
    call('interactions:log', { customerId, kind: 'purchase', amountMinor: 10000 });
  } finally {
    core.close();
  }
  const results = await Promise.all(Array.from({ length: 6 }, () => redeem(dbPath, customerId)));
  expect(results.map((result) => result.status).sort()).toEqual([0, 0, 0, 1, 1, 1]);
  for (const result of results.filter((r) => r.status === 1))
    expect(result.stderr).toMatch(/Not enough points/);
  const check = createCore(dbPath, { log: () => {}, actor: TEST_ACTOR });
  try {
    const status = check.call('loyalty:status', { customerId });
    expect(status).toMatchObject({ ok: true, data: { balance: 10 } });
  } finally {
    check.close();
  }
}, 60_000);
