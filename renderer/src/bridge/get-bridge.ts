import type { Bridge } from '../../../shared/ipc/contract.ts';
import { createWebBridge } from './web-bridge.ts';
import { takeToken } from './web-token.ts';

let bridge: Bridge | undefined;

/**
 * The preload's bridge inside Electron, the web transport's otherwise. Call it before the hash
 * router starts, so the #token=… fragment is taken out of the URL before it is read as a route.
 */
export function getBridge(): Bridge {
  bridge ??=
    window.regulars ??
    createWebBridge({
      token: takeToken({
        location: window.location,
        history: window.history,
        storage: window.sessionStorage,
      }),
    });
  return bridge;
}
