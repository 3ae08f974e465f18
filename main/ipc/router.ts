import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/ipc/result.ts';
import type { Core } from '../core/core.ts';
import { isTrustedSender, type TrustedSender } from './sender-check.ts';

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This page may not talk to Regulars.' },
};

/**
 * The only place that calls ipcMain.handle: one handler per contract channel, each checking the
 * sender and then handing the still-untrusted input to the core, which validates it and returns
 * every failure as data (Electron would pass on only the message of a thrown error).
 * Returns the unregister, so a test or a shutdown leaves no handler behind.
 */
export function registerIpcRouter(core: Pick<Core, 'invoke'>, trusted: TrustedSender): () => void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event, trusted)) {
        console.warn(`[regulars] refused ${channel} from ${event.senderFrame?.url ?? 'a gone frame'}`);
        return FORBIDDEN;
      }
      // A PIN check answers with a promise, which Electron awaits before replying.
      return core.invoke(channel, input);
    });
  }
  return () => {
    for (const channel of CHANNEL_NAMES) ipcMain.removeHandler(channel);
  };
}
