import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../core/core.ts';
import { openDatabase } from '../core/db/open.ts';
import { createBaseline } from './baseline.ts';
import { measureBackup, measureRestore, measureStartCheck } from './backup-operations.ts';
import { generateShop } from '../core/demo/generate-shop.ts';
import { measureBulkTag, measureCustomerPage, measureDuplicateScan } from './counter-operations.ts';
import {
  installLoyalty,
  measureLoyaltyPreview,
  measureLoyaltyRecompute,
  measureLoyaltyStatus,
} from './loyalty-operations.ts';
import { measureImportExport } from './import-operations.ts';
import { measureDashboard, measureRfm, measureSegmentCount } from './insights-operations.ts';
import { measureLoyaltySegmentCounts, measureTierDistribution } from './insights-loyalty-operations.ts';
import { measureBulkInsert, measureListPage, measureLogInteraction, measureSearch } from './operations.ts';
import { measureFit, measureRhythm, measureToday, prepareReminders } from './reminder-operations.ts';
import { buildQueries } from './queries.ts';
import { measureCustomerSuggestions, measureTodaySuggestions } from './suggestion-operations.ts';
import { formatTable, type BenchReport } from './report.ts';
import { measureSpotlightPaint } from './spotlight-paint.ts';
import {
  measureAuditAppend,
  measureAuditPage,
  measureAuditVerify,
  measureGuardedCall,
  measureSignIn,
} from './trust-operations.ts';

const FULL_CUSTOMERS = 100_000;
const FULL_INTERACTIONS = 1_000_000;
const QUERIES = 500;
const RUNS = 300;
/** Typed into a real page one key at a time (about a second each), so fewer than the core's. */
const PAINT_QUERIES = 40;
/** A fixed "now", so the same seed gives the same shop whatever day the bench runs. */
const SHOP_NOW = Date.UTC(2026, 0, 15, 18, 0);

const USAGE = `Usage: npm run bench -- [--scale X] [--seed N] [--json] [--paint]
  --scale X  fraction of 100k customers / 1M interactions (default 1)
  --seed N   seed of the generated shop and of the query set (default 1)
  --json     print the results as JSON on stdout instead of a table
  --paint    also time the spotlight from key press to matches painted, in Chromium
             (needs \`npm run build\` first)`;

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
      paint: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const scale = Number(values.scale);
  const seed = Number(values.seed);
  if (!(scale > 0) || !Number.isInteger(seed)) throw new Error(`Bad arguments.\n${USAGE}`);
  return { scale, seed, json: values.json, paint: values.paint, help: values.help };
}

/** Progress goes to stderr, so `--json` output on stdout stays parseable. */
const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function runBench(scale: number, seed: number, paint: boolean): Promise<BenchReport> {
  const customers = Math.max(1, Math.round(FULL_CUSTOMERS * scale));
  const interactions = Math.round(FULL_INTERACTIONS * scale);
  const folder = mkdtempSync(join(tmpdir(), 'regulars-bench-'));
  const projectPath = join(folder, 'project.db');
  const core = createCore(projectPath);
  const baselineDb = openDatabase(join(folder, 'baseline.db'));
  try {
    const shop = generateShop({ customers, interactions, seed, now: SHOP_NOW });
    progress(`loading ${customers} customers and ${interactions} interactions into both databases…`);
    const { loaded, result: bulk } = measureBulkInsert(core, createBaseline(baselineDb), shop);
    progress('searching…');
    const queries = buildQueries(shop.customers, QUERIES, seed);
    const warmup = buildQueries(shop.customers, QUERIES / 10, seed + 1);
    const search = measureSearch(loaded, queries, warmup);
    progress('paging…');
    const list = measureListPage(loaded, RUNS, seed + 2);
    progress('logging interactions…');
    const log = measureLogInteraction(loaded, RUNS, seed + 3);
    progress('opening customer pages…');
    const page = measureCustomerPage(loaded, baselineDb, RUNS, seed + 4);
    progress('scanning for duplicates…');
    const duplicates = measureDuplicateScan(loaded, baselineDb);
    progress('bulk tagging…');
    const tagging = measureBulkTag(loaded, baselineDb, 6);
    progress('loyalty: materializing every ledger, then status, recompute and preview…');
    const installed = installLoyalty(loaded);
    const loyalty = [
      measureLoyaltyStatus(loaded, RUNS, seed + 5),
      measureLoyaltyRecompute(loaded, installed, 3),
      measureLoyaltyPreview(loaded, 3),
    ];
    const importExport = measureImportExport(folder, shop, progress);
    progress('insights: dashboard, segment counts, RFM…');
    const insights = [
      measureDashboard(loaded, baselineDb, SHOP_NOW, 5),
      measureSegmentCount(loaded, baselineDb, 40),
      measureRfm(loaded, baselineDb),
    ];
    const painting = [];
    if (paint) {
      progress('typing into the spotlight in Chromium…');
      painting.push(
        await measureSpotlightPaint(projectPath, queries.slice(0, PAINT_QUERIES), warmup.slice(0, 5)),
      );
    }
    progress('backing up, checking and restoring…');
    const backups = [
      await measureBackup(loaded, baselineDb, folder),
      await measureStartCheck(loaded, baselineDb),
      await measureRestore(loaded, folder),
    ];
    progress('auditing…');
    const trust = [
      measureAuditAppend(loaded, baselineDb, Math.max(1000, Math.round(100_000 * scale))),
      measureAuditVerify(loaded, baselineDb),
      measureAuditPage(loaded, baselineDb, RUNS, seed + 5),
      measureGuardedCall(loaded, RUNS, seed + 6),
      await measureSignIn(folder, 5),
    ];
    progress('fitting the visit model and listing reminders…');
    prepareReminders(loaded, SHOP_NOW);
    const reminders = [
      ...measureFit(loaded, SHOP_NOW),
      measureToday(loaded, SHOP_NOW, RUNS, seed + 6),
      measureRhythm(loaded, RUNS, seed + 5),
      // Insights over loyalty, rhythm and the model: needs the fit above.
      measureTierDistribution(loaded, SHOP_NOW, 10),
      measureLoyaltySegmentCounts(loaded, SHOP_NOW, 36),
    ];
    progress('follow-up suggestions…');
    const suggestions = [
      await measureTodaySuggestions(loaded, SHOP_NOW, RUNS, seed + 7),
      measureCustomerSuggestions(loaded, SHOP_NOW, RUNS, seed + 8),
    ];
    const sqlite = core.ctx.db.prepare<[], { v: string }>('SELECT sqlite_version() AS v').get()?.v ?? '?';
    return {
      scale,
      fullScale: scale === 1,
      seed,
      customers,
      interactions,
      node: process.versions.node,
      sqlite,
      results: [
        bulk,
        search,
        list,
        log,
        page,
        duplicates,
        tagging,
        ...loyalty,
        ...importExport,
        ...backups,
        ...trust,
        ...reminders,
        ...insights,
        ...suggestions,
        ...painting,
      ],
    };
  } finally {
    core.close();
    baselineDb.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const report = await runBench(options.scale, options.seed, options.paint);
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatTable(report)}\n`);
}

await main();
