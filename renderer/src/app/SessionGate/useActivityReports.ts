import { useEffect } from 'react';
import { useCall } from '../../bridge/BridgeProvider.tsx';

/** Often enough for the shortest auto-lock (one minute), rarely enough to cost nothing. */
const REPORT_EVERY_MS = 20_000;

/**
 * Tells the core someone is at the keyboard (a key, a click, a scroll), so the idle auto-lock
 * counts from the last real activity. Reads and background refetches do not count.
 */
export function useActivityReports(active: boolean): void {
  const call = useCall();
  useEffect(() => {
    if (!active) return;
    let last = 0;
    const report = () => {
      const now = Date.now();
      if (now - last < REPORT_EVERY_MS) return;
      last = now;
      call('auth:activity', {}).catch(() => undefined);
    };
    const kinds = ['keydown', 'pointerdown', 'wheel'] as const;
    for (const kind of kinds) window.addEventListener(kind, report, { passive: true, capture: true });
    return () => {
      for (const kind of kinds) window.removeEventListener(kind, report, { capture: true });
    };
  }, [active, call]);
}
