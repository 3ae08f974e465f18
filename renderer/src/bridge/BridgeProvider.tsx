import { createContext, use, useMemo, type ReactNode } from 'react';
import type { Bridge } from '../../../shared/ipc/contract.ts';
import { createCall, type Call } from './call.ts';

interface BridgeContextValue {
  bridge: Bridge;
  call: Call;
}

const BridgeContext = createContext<BridgeContextValue | null>(null);

/** Handed down rather than imported, so tests can put a fake bridge under the same components. */
export function BridgeProvider({ bridge, children }: { bridge: Bridge; children: ReactNode }) {
  const value = useMemo(() => ({ bridge, call: createCall(bridge) }), [bridge]);
  return <BridgeContext value={value}>{children}</BridgeContext>;
}

function useBridgeContext(): BridgeContextValue {
  const value = use(BridgeContext);
  if (!value) throw new Error('BridgeProvider is missing above this component.');
  return value;
}

export function useBridge(): Bridge {
  return useBridgeContext().bridge;
}

export function useCall(): Call {
  return useBridgeContext().call;
}
