import { useState } from 'react';
import { HashRouter } from 'react-router';
import type { Bridge } from '../../../../shared/ipc/contract.ts';
import { createQueryClient } from '../../query/create-query-client.ts';
import { AppLayout } from '../AppLayout/AppLayout.tsx';
import { AppProviders } from '../AppProviders/AppProviders.tsx';
import { AppRoutes } from '../AppRoutes.tsx';
import { Boot } from '../Boot/Boot.tsx';
import { SessionGate } from '../SessionGate/SessionGate.tsx';

export function App({ bridge }: { bridge: Bridge }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <AppProviders bridge={bridge} queryClient={queryClient}>
      <Boot>
        {/* Hash routes work alike from file:// in Electron and from the loopback server. Around
            the gate, so the first run can open the page the owner chose to start on. */}
        <HashRouter>
          <SessionGate>
            <AppLayout>
              <AppRoutes />
            </AppLayout>
          </SessionGate>
        </HashRouter>
      </Boot>
    </AppProviders>
  );
}
