import { Alert, Center, Container, Loader } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import type { ActorView } from '../../../../shared/domain/auth.ts';
import { AppCallError } from '../../bridge/call.ts';
import { DataHealthBanner } from '../../components/DataHealthBanner/DataHealthBanner.tsx';
import { LockScreen } from '../../components/SignIn/LockScreen.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import { FirstRunWizard } from '../../components/FirstRun/FirstRunWizard.tsx';
import { useAuthStatus } from '../../query/useAuth.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './SessionGate.messages.ts';
import { useBackupStatus } from '../../query/useBackups.ts';
import { useActivityReports } from './useActivityReports.ts';

const actorKey = (actor: ActorView | null | undefined) =>
  actor ? `${actor.kind}:${actor.staffId ?? actor.displayName}` : null;

/**
 * Shows the app only to someone signed in: the first-run setup before there is an owner, the lock
 * screen when nobody is signed in. When the person changes, everything cached for the previous one
 * is dropped, so nobody sees what was loaded for someone allowed to see more.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const m = useMessages(messages);
  const status = useAuthStatus();
  const backups = useBackupStatus();
  const client = useQueryClient();
  const key = actorKey(status.data?.actor);
  const previous = useRef(key);
  const signedIn = key !== null;
  useActivityReports(signedIn);

  // A call refused as "nobody signed in" (the core locked an idle counter): show the lock screen
  // now rather than at the next status poll.
  useEffect(
    () =>
      client.getQueryCache().subscribe((event) => {
        const error: unknown = event.query.state.error;
        if (event.type === 'updated' && error instanceof AppCallError && error.code === 'forbidden') {
          void client.invalidateQueries({ queryKey: queryKeys.authStatus });
        }
      }),
    [client],
  );

  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    void client.resetQueries({
      predicate: (query) => {
        const channel = String(query.queryKey[0]);
        return channel !== 'app:info' && !channel.startsWith('auth:');
      },
    });
  }, [client, key]);

  if (status.isError) return <Alert color="red">{status.error.message}</Alert>;
  if (!status.isSuccess) {
    return (
      <Center h="100dvh">
        <Loader aria-label={m.checkingSignIn} />
      </Center>
    );
  }
  if (status.data.actor === null) {
    // Nobody can sign in to a file that cannot be read: its way out comes first, PIN or not.
    if (backups.data?.health === 'damaged') {
      return (
        <Container size="sm" py="xl">
          <DataHealthBanner />
        </Container>
      );
    }
    return status.data.needsOwner ? <FirstRunWizard /> : <LockScreen />;
  }
  return children;
}
