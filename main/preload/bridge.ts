import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { Bridge, ChannelOutput } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/ipc/result.ts';
import { isAllowedChannel, isAllowedEvent } from './allowlist.ts';

/** Builds the renderer's only door to main. Takes ipcRenderer as an argument so tests can pass a fake. */
export function createBridge(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): Bridge {
  return {
    async invoke(channel, input) {
      // Refused here without touching IPC: the page gets the same error shape main would send.
      if (!isAllowedChannel(channel)) {
        return {
          ok: false,
          error: { code: 'unknown_channel', message: `Unknown channel: ${String(channel).slice(0, 80)}` },
        };
      }
      try {
        return (await ipc.invoke(channel, input)) as Result<ChannelOutput<typeof channel>>;
      } catch (error) {
        // Only reachable if main has no handler (e.g. during shutdown); keep errors as data.
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, error: { code: 'internal', message } };
      }
    },
    on(event, listener) {
      if (!isAllowedEvent(event)) throw new Error(`Unknown event: ${String(event).slice(0, 80)}`);
      if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
      // Electron's event object carries `sender` (ipcRenderer itself); the page gets the payload only.
      const forward = (_event: IpcRendererEvent, payload: unknown) => {
        (listener as (payload: unknown) => void)(payload);
      };
      ipc.on(event, forward);
      return () => {
        ipc.removeListener(event, forward);
      };
    },
  };
}
