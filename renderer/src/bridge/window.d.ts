import type { Bridge } from '../../../shared/ipc/contract.ts';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when the UI is served over the web transport. */
    regulars?: Bridge;
  }
}
