import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

const run = promisify(execFile);
const script = join(import.meta.dirname, 'run.ts');
// The bench puts its databases under TMPDIR; a folder of our own shows whether it cleaned up.
const tmp = mkdtempSync(join(tmpdir(), 'regulars-bench-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const stats = z.strictObject({
  p50: z.number().nonnegative(),
  p95: z.number().nonnegative(),
  p99: z.number().nonnegative(),
  mean: z.number().nonnegative(),
  n: z.number().int().positive(),
});
const reportSchema = z.object({
  scale: z.number(),
  fullScale: z.boolean(),
  seed: z.number(),
  customers: z.number(),
  interactions: z.number(),
  node: z.string(),
  sqlite: z.string().regex(/^3\.\d+\.\d+$/),
  results: z.array(
    z.object({
      operation: z.string(),
      project: stats,
      baseline: stats,
      ratio: z.number().positive(),
      targetMs: z.number().nullable(),
      withinTarget: z.boolean().nullable(),
      withinTwiceBaseline: z.boolean(),
      notes: z.array(z.string()),
    }),
  ),
});

describe('npm run bench', () => {
  it('measures every operation at a tiny scale, prints JSON and removes its temp folder', async () => {
    const { stdout } = await run(process.execPath, [script, '--scale', '0.002', '--json'], {
      env: { ...process.env, TMPDIR: tmp },
    });
    const report = reportSchema.parse(JSON.parse(stdout));

    expect(report).toMatchObject({ scale: 0.002, fullScale: false, customers: 200, interactions: 2000 });
    expect(report.results.map((r) => r.operation)).toEqual([
      'bulk insert',
      'search (20 results)',
      'one list page (50, random offset)',
      'log one interaction',
      'customer page data',
      'duplicate scan (whole base)',
      'bulk tag 200 customers',
      'loyalty status, one customer',
      'loyalty full recompute',
      'loyalty program-change preview',
      'import 200 customers (CSV)',
      'import 2000 interactions (CSV)',
      'export 200 customers (CSV)',
      'export 200 customers (vCard)',
      'verified backup',
      'quick_check at start',
      'restore a backup',
      'audit: append 1000 entries',
      'audit: verify the whole chain',
      'audit: one customer’s entries (100)',
      'customer page through dispatch, as staff',
      'sign in with a PIN (scrypt N=2^17)',
      'model fit (background refit)',
      'model fit from the raw history (predict --as-of)',
      'Today reminders list',
      'rhythm for one customer',
      'dashboard tier distribution',
      'segment live count (tier, rhythm, P(alive))',
      'dashboard figures (any period)',
      'segment live count',
      'RFM for all customers',
      "Today's follow-up suggestions",
      "one customer's suggestions",
    ]);
    // Per-call operations run many times each; the bulk load and the duplicate scan are one run.
    for (const result of report.results.slice(1, 5)) {
      expect(result.project.n).toBeGreaterThanOrEqual(100);
      expect(result.baseline.n).toBe(result.project.n);
    }
    expect(report.results.find((r) => r.operation.startsWith('bulk tag'))?.project.n).toBe(6);
    for (const result of report.results.slice(1, 7)) expect(result.targetMs).not.toBeNull();
    expect(readdirSync(tmp)).toEqual([]);
  }, 120_000);
});
