import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../core/core.ts';
import type { Baseline } from './baseline.ts';
import { bulkLoad } from '../core/demo/bulk-load.ts';
import { generateShop } from '../core/demo/generate-shop.ts';
import {
  installLoyalty,
  measureLoyaltyPreview,
  measureLoyaltyRecompute,
  measureLoyaltyStatus,
} from './loyalty-operations.ts';
import type { Loaded } from './operations.ts';
import { formatTable } from './report.ts';

// A slice of `npm run bench` with the loyalty operations only:
//   node main/bench/loyalty-run.ts [--scale X] [--seed N] [--keep FILE] [--json]
// Loading a full-scale shop takes minutes, so `--keep FILE` saves the loaded shop (before any
// loyalty program) once, and later runs start from a copy of it. The shop is the one run.ts loads.

/** run.ts's fixed "now", so the same seed gives the same shop. */
const SHOP_NOW = Date.UTC(2026, 0, 15, 18, 0);
const progress = (message: string) => process.stderr.write(`[bench:loyalty] ${message}\n`);

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '0.1' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const scale = Number(values.scale);
const seed = Number(values.seed);
const customers = Math.max(1, Math.round(100_000 * scale));
const interactions = Math.round(1_000_000 * scale);

const folder = mkdtempSync(join(tmpdir(), 'regulars-bench-loyalty-'));
const path = join(folder, 'project.db');
try {
  if (values.keep !== undefined && existsSync(values.keep)) {
    progress(`starting from ${values.keep}`);
    copyFileSync(values.keep, path);
  } else {
    progress(`loading ${customers} customers and ${interactions} interactions…`);
    const core = createCore(path);
    bulkLoad(core.ctx.db, generateShop({ customers, interactions, seed, now: SHOP_NOW }));
    core.close();
    if (values.keep !== undefined) copyFileSync(path, values.keep);
  }
  const core = createCore(path);
  try {
    const projectIds = core.ctx.db
      .prepare<[], string>('SELECT id FROM customers ORDER BY rowid')
      .pluck()
      .all();
    const loaded: Loaded = { core, baseline: {} as Baseline, projectIds, baselineIds: [] };
    progress('materializing every ledger…');
    const installed = installLoyalty(loaded);
    progress('status, recompute, preview…');
    const results = [
      measureLoyaltyStatus(loaded, 300, seed + 5),
      measureLoyaltyRecompute(loaded, installed, 3),
      measureLoyaltyPreview(loaded, 3),
    ];
    const report = {
      scale,
      fullScale: scale === 1,
      seed,
      customers,
      interactions,
      node: process.versions.node,
      sqlite: core.ctx.db.prepare<[], string>('SELECT sqlite_version()').pluck().get() ?? '?',
      results,
    };
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatTable(report)}\n`);
  } finally {
    core.close();
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
