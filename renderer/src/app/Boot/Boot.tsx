import { Alert, Button, Center, Container, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { messages } from './Boot.messages.ts';

export type AppState = 'loading' | 'ready' | 'error';

/**
 * Shows the app once the core has answered `app:info`, and says so on <html data-app-state>:
 * the end-to-end tests wait for "ready" instead of guessing with timeouts.
 */
export function Boot({ children }: { children: ReactNode }) {
  const m = useMessages(messages);
  const call = useCall();
  const info = useQuery({
    queryKey: queryKeys.appInfo,
    queryFn: () => call('app:info', {}),
    // A wrong token or a stopped server stays so on a retry: say it at once, offer "Try again".
    retry: false,
  });
  const state: AppState = info.isSuccess ? 'ready' : info.isError ? 'error' : 'loading';

  useEffect(() => {
    document.documentElement.dataset.appState = state;
  }, [state]);

  if (info.isError) {
    return (
      <Container size="sm" py="xl">
        <Stack>
          <Title order={1}>{m.couldNotStart}</Title>
          <Alert color="red" title={m.noAnswer}>
            {info.error.message}
          </Alert>
          <Text c="dimmed">{m.dataUntouched}</Text>
          <div>
            <Button onClick={() => void info.refetch()} loading={info.isFetching}>
              {m.tryAgain}
            </Button>
          </div>
        </Stack>
      </Container>
    );
  }
  if (!info.isSuccess) {
    return (
      <Center h="100dvh">
        <Loader aria-label={m.starting} />
      </Center>
    );
  }
  return children;
}
