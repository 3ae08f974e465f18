import { bulkLoad } from './bulk-load.ts';
import { DAY_MS, generateShop, HISTORY_MS } from './generate-shop.ts';
import type { CoreContext } from '../context.ts';
import { prepared } from '../db/statements.ts';
import { AppError } from '../errors.ts';
import { insertVersion, readVersions } from '../repos/loyalty-repo.ts';
import { eraseTrashed, setDeletedAt } from '../repos/customer-sets-repo.ts';
import { readSetting, writeSetting } from '../repos/settings-repo.ts';
import { reconcileAccounts } from '../loyalty/reconcile.ts';
import { loyaltyProgramInputSchema } from '../../../shared/domain/loyalty/program.ts';
import { parseOrThrow } from '../validate.ts';
import { recordAudit } from '../services/audit.ts';
import { DEMO_LOYALTY_PROGRAM } from './demo-program.ts';

/** Which customers the demo made: removing it removes exactly these, never one the shop added. */
const DEMO_KEY = 'demo.customerIds';
/** Big enough that every screen has something true to show, small enough to load in a second. */
export const DEMO_SIZE = { customers: 300, interactions: 4500 } as const;
const DEMO_SEED = 20261122;

export interface DemoStatus {
  active: boolean;
  customers: number;
}

function demoIds(ctx: CoreContext): string[] {
  const stored = readSetting(ctx.db, DEMO_KEY);
  return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
}

export function demoStatus(ctx: CoreContext): DemoStatus {
  const ids = demoIds(ctx);
  return { active: ids.length > 0, customers: ids.length };
}

/**
 * The demo's history is made up, so its program may have been in force all along: unlike a real
 * program change (which never reaches back), it starts before the first generated visit.
 */
function installDemoProgram(ctx: CoreContext): void {
  const program = parseOrThrow(loyaltyProgramInputSchema, DEMO_LOYALTY_PROGRAM);
  const rewards = program.rewards.map((reward, index) => ({
    id: `r${index + 1}`,
    name: reward.name,
    cost: reward.cost,
  }));
  insertVersion(ctx.db, {
    effective_from: ctx.now() - HISTORY_MS - DAY_MS,
    definition: JSON.stringify({ ...program, rewards }),
    created_at: ctx.now(),
    created_by: null,
  });
}

/**
 * Fills an empty shop with a generated café: two years of regulars, occasional and lapsed
 * customers, complaints, birthdays and (if the shop has no program yet) loyalty points. The same
 * generator feeds the benchmark. Refused on a shop that already has customers: made-up people
 * must never mix with real ones unnoticed.
 */
export function createDemoShop(ctx: CoreContext): DemoStatus {
  const existing = prepared<[], { n: number }>(ctx.db, 'SELECT count(*) AS n FROM customers').get()?.n ?? 0;
  if (existing > 0) {
    throw new AppError(
      'conflict',
      `The demo shop only fills an empty Regulars; this one has ${existing} customer${existing === 1 ? '' : 's'}.`,
    );
  }
  const shop = generateShop({ ...DEMO_SIZE, seed: DEMO_SEED, now: ctx.now() });
  ctx.db.transaction(() => {
    const ids = bulkLoad(ctx.db, shop, ctx.now);
    writeSetting(ctx.db, DEMO_KEY, ids);
    if (readVersions(ctx.db).length === 0) installDemoProgram(ctx);
    reconcileAccounts(ctx.db, ids, ctx.now());
    recordAudit(ctx, {
      action: 'demo.create',
      subjectType: 'demo',
      subjectId: '',
      summary: `Loaded the demo café: ${ids.length} made-up customers with two years of history`,
    });
  })();
  ctx.emit('customers:changed', { ids: [] });
  ctx.emit('interactions:changed', { customerIds: [] });
  ctx.emit('loyalty:changed', { customerIds: [] });
  ctx.emit('reminders:changed', { customerIds: null });
  return demoStatus(ctx);
}

/** Removes every demo customer for good, with their history; customers the shop added stay. */
export function removeDemoShop(ctx: CoreContext): DemoStatus & { removed: number } {
  const ids = demoIds(ctx);
  const removed = ctx.db.transaction((): number => {
    setDeletedAt(ctx.db, ids, ctx.now());
    const erased = ids.length === 0 ? 0 : eraseTrashed(ctx.db, ids);
    writeSetting(ctx.db, DEMO_KEY, []);
    recordAudit(ctx, {
      action: 'demo.remove',
      subjectType: 'demo',
      subjectId: '',
      summary: `Removed the demo café: ${erased} made-up customers`,
    });
    return erased;
  })();
  ctx.emit('customers:changed', { ids: [] });
  ctx.emit('interactions:changed', { customerIds: [] });
  ctx.emit('loyalty:changed', { customerIds: [] });
  ctx.emit('reminders:changed', { customerIds: null });
  return { ...demoStatus(ctx), removed };
}
