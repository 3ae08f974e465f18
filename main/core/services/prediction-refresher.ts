import type { Core } from '../core.ts';
import type { StoredModel } from '../repos/prediction-repo.ts';
import { needsRefit, refitSteps } from './prediction-refit.ts';
import { finishInSlices } from './sliced-steps.ts';
import { attachSuggestionCache, refreshSuggestions } from './suggestions-today.ts';
import { attachTodayCache, prepareToday } from './today-cache.ts';

// Keeps reminders current in long-running hosts (the desktop app, the browser mode): Today ranked
// in memory (today-cache.ts), and the BG/NBD model refitted when the data changed or a new day
// began and nobody has changed anything for a while, in slices of a few milliseconds with the
// event loop free in between, so a search or a logged visit at the counter waits at most one
// slice. Never started by the CLI.

export interface RefresherOptions {
  /** Quiet time (no change event) before a refit starts. */
  idleMs?: number;
  /** How often to look. */
  pollMs?: number;
  /** Work done before handing the event loop back. */
  sliceMs?: number;
  /** Wall clock for idleness (the core's clock may be a test's fixed day). */
  now?: () => number;
  log?: (message: string) => void;
}

export interface PredictionRefresher {
  /** Looks once, as the timer does: refits if the model is stale and the shop idle. */
  tick(): Promise<StoredModel | null>;
  /** Refits now if stale, idle or not; resolves with the new model, or null if none was needed. */
  refreshIfNeeded(): Promise<StoredModel | null>;
  stop(): void;
}

export function startPredictionRefresher(
  core: Pick<Core, 'ctx' | 'subscribe'>,
  options: RefresherOptions = {},
): PredictionRefresher {
  const { idleMs = 20_000, pollMs = 30_000, sliceMs = 8, now = Date.now } = options;
  const log = options.log ?? ((message: string) => console.warn(message));
  let lastActivity = now();
  let stopped = false;
  let running: Promise<StoredModel | null> | null = null;
  // The app's own announcements are not the shop's activity.
  const ownAnnouncements = new Set(['reminders:changed', 'reminders:ready', 'suggestions:ready']);
  const unsubscribe = core.subscribe((event) => {
    if (!ownAnnouncements.has(event)) lastActivity = now();
  });
  const detachCache = attachTodayCache(core, { sliceMs, log });
  const detachSuggestions = attachSuggestionCache(core, { sliceMs, log });

  // Every write inside the steps is its own short transaction, so a refit dropped halfway (the
  // app quitting) leaves only complete rows behind.
  const drive = () => finishInSlices(refitSteps(core.ctx), sliceMs, () => stopped);

  function refreshIfNeeded(): Promise<StoredModel | null> {
    if (running) return running;
    if (stopped || !needsRefit(core.ctx)) return Promise.resolve(null);
    running = drive()
      .catch((error: unknown) => {
        log(
          `[regulars] refitting the visit model failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        return null;
      })
      .then((model) => {
        // The new P(alive) moves Today: worked out in slices too, the old list shown meanwhile.
        if (model) void prepareToday(core.ctx);
        return model;
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  const tick = () => {
    // A new day's suggestions are prepared before anyone opens Today, idle or not: slices are short.
    void prepareToday(core.ctx);
    void refreshSuggestions(core.ctx);
    return now() - lastActivity >= idleMs ? refreshIfNeeded() : Promise.resolve(null);
  };
  const timer = setInterval(() => void tick(), pollMs);
  timer.unref();
  return {
    tick,
    refreshIfNeeded,
    stop() {
      stopped = true;
      clearInterval(timer);
      unsubscribe();
      detachCache();
      detachSuggestions();
    },
  };
}
