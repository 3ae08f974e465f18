import { Alert, Button, Center, Container, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';

export type AppState = 'loading' | 'ready' | 'error';

/**
 * Shows the app once the core has answered `app:info`, and says so on <html data-app-state>:
 * the end-to-end tests wait for "ready" instead of guessing with timeouts.
 */
export function Boot({ children }: { children: ReactNode }) {
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
          <Title order={1}>Regulars could not start</Title>
          <Alert color="red" title="The app did not answer">
            {info.error.message}
          </Alert>
          <Text c="dimmed">Your data is untouched. Once Regulars is running again, try once more.</Text>
          <div>
            <Button onClick={() => void info.refetch()} loading={info.isFetching}>
              Try again
            </Button>
          </div>
        </Stack>
      </Container>
    );
  }
  if (!info.isSuccess) {
    return (
      <Center h="100dvh">
        <Loader aria-label="Starting Regulars" />
      </Center>
    );
  }
  return children;
}
