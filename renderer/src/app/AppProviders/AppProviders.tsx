import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Bridge } from '../../../../shared/ipc/contract.ts';
import { BridgeProvider } from '../../bridge/BridgeProvider.tsx';
import { LanguageProvider } from '../../i18n/LanguageProvider.tsx';
import { useChangeEvents } from '../../query/useChangeEvents.ts';
import { cssVariablesResolver, theme } from '../../theme.ts';

interface AppProvidersProps {
  bridge: Bridge;
  queryClient: QueryClient;
  /** 'test' turns off Mantine's transitions and portals. */
  env?: 'default' | 'test';
  children: ReactNode;
}

function ChangeEvents({ children }: { children: ReactNode }) {
  useChangeEvents();
  return children;
}

/** Everything a screen needs around it, shared by the app and the component tests. */
export function AppProviders({ bridge, queryClient, env = 'default', children }: AppProvidersProps) {
  return (
    // 'auto' follows the computer's light or dark setting until the user picks one.
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      env={env}
      defaultColorScheme="auto"
    >
      {/* Undo offers and save results; long enough to reach the Undo button without hurrying. */}
      <Notifications autoClose={8000} />
      <LanguageProvider>
        <QueryClientProvider client={queryClient}>
          <BridgeProvider bridge={bridge}>
            <ChangeEvents>{children}</ChangeEvents>
          </BridgeProvider>
        </QueryClientProvider>
      </LanguageProvider>
    </MantineProvider>
  );
}
