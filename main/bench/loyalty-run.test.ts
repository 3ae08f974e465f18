import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const run = promisify(execFile);
const script = join(import.meta.dirname, 'loyalty-run.ts');
const tmp = mkdtempSync(join(tmpdir(), 'regulars-bench-loyalty-test-'));
const kept = mkdtempSync(join(tmpdir(), 'regulars-bench-loyalty-kept-'));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  rmSync(kept, { recursive: true, force: true });
});

interface Report {
  customers: number;
  sqlite: string;
  results: { operation: string; project: { n: number }; notes: string[] }[];
}

it('measures the loyalty operations alone, keeps the loaded shop when asked and starts from it', async () => {
  const shop = join(kept, 'shop.db');
  const args = [script, '--scale', '0.002', '--keep', shop, '--json'];
  const first = await run(process.execPath, args, { env: { ...process.env, TMPDIR: tmp } });
  expect(existsSync(shop)).toBe(true);
  const second = await run(process.execPath, args, { env: { ...process.env, TMPDIR: tmp } });
  expect(second.stderr).toContain(`starting from ${shop}`);
  for (const { stdout } of [first, second]) {
    const report = JSON.parse(stdout) as Report;
    expect(report.customers).toBe(200);
    expect(report.sqlite).toMatch(/^3\.\d+\.\d+$/);
    expect(report.results.map((result) => [result.operation, result.project.n])).toEqual([
      ['loyalty status, one customer', 300],
      ['loyalty full recompute', 3],
      ['loyalty program-change preview', 3],
    ]);
  }
  // The same shop both times: the first fill wrote as many ledger rows.
  const fill = (stdout: string) => (JSON.parse(stdout) as Report).results[1]?.notes[0]?.split(' in ')[0];
  expect(fill(second.stdout)).toBe(fill(first.stdout));
  expect(readdirSync(tmp)).toEqual([]);
}, 120_000);
