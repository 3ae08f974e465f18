import type { CoreContext } from '../context.ts';
import { dueAccounts, readVersions } from '../repos/loyalty-repo.ts';
import { reconcileAccounts } from './reconcile.ts';

const HOUR_MS = 3_600_000;

/**
 * Reconciles the customers whose points or tier may have changed by time passing alone (points
 * expiring, a tier's keep period ending, a visit leaving the 12 months, a birthday bonus, a
 * scheduled program version): each account says from when (due_at), so this reads an index.
 */
export function sweepLoyalty(ctx: CoreContext): { changed: number } {
  if (readVersions(ctx.db).length === 0) return { changed: 0 };
  const due = dueAccounts(ctx.db, ctx.now());
  if (due.length === 0) return { changed: 0 };
  const outcome = ctx.db.transaction(() => reconcileAccounts(ctx.db, due, ctx.now()))();
  if (outcome.changedIds.length > 0) ctx.emit('loyalty:changed', { customerIds: outcome.changedIds });
  return { changed: outcome.changedIds.length };
}

/** Sweeps when the core opens and then every hour; the timer never keeps a process alive. */
export function startLoyaltySweeps(ctx: CoreContext, log: (message: string) => void): () => void {
  const run = () => {
    try {
      sweepLoyalty(ctx);
    } catch (error) {
      // A failed sweep waits for the next hour rather than keeping the shop from opening.
      log(`[regulars] loyalty sweep failed: ${String(error)}`);
    }
  };
  run();
  const timer = setInterval(run, HOUR_MS);
  timer.unref();
  return () => clearInterval(timer);
}
