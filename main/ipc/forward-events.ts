import type { WebContents } from 'electron';
import type { Core } from '../core/core.ts';

/**
 * Passes the core's change events to the window so the renderer's query cache refetches what a
 * write touched. The target is looked up per event because the window can be closed and
 * reopened (macOS) while the core lives on. Returns the unsubscribe.
 */
export function forwardCoreEvents(
  core: Pick<Core, 'subscribe'>,
  target: () => Pick<WebContents, 'send' | 'isDestroyed'> | undefined,
): () => void {
  return core.subscribe((event, payload) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(event, payload);
  });
}
