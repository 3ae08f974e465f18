import { Avatar, Button, Menu, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import { useAuthStatus } from '../../query/useAuth.ts';
import { notifyFailed } from '../BulkActions/notify.tsx';
import { SignInForm } from '../SignIn/SignInForm.tsx';
import { ChangePinForm } from './ChangePinForm.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './SessionMenu.messages.ts';

/**
 * Who is signed in, in the top bar. Switching to someone else takes their PIN (whoever is stamped
 * on what is logged must have proved who they are); Lock leaves the counter to the lock screen.
 */
export function SessionMenu() {
  const m = useMessages(messages);
  const call = useCall();
  const client = useQueryClient();
  const status = useAuthStatus();
  const [dialog, setDialog] = useState<'switch' | 'pin' | null>(null);
  const actor = status.data?.actor;
  if (!actor) return null;

  const lock = async () => {
    try {
      client.setQueryData(queryKeys.authStatus, await call('auth:lock', {}));
    } catch (error) {
      notifyFailed(error, m.notLocked);
    }
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="subtle"
            color="gray"
            aria-label={m.signedIn(actor.displayName)}
            leftSection={
              <Avatar size={24} radius="xl" color={actor.color} variant="filled" aria-hidden="true">
                {actor.initials}
              </Avatar>
            }
          >
            {actor.displayName}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{m.signedInAs(actor.role)}</Menu.Label>
          <Menu.Item onClick={() => setDialog('switch')}>{m.switchStaffItem}</Menu.Item>
          {actor.kind === 'staff' && (
            <Menu.Item onClick={() => setDialog('pin')}>{m.changeMyPinItem}</Menu.Item>
          )}
          <Menu.Item onClick={() => void lock()}>{m.lock}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={dialog === 'switch'} onClose={() => setDialog(null)} title={m.switchStaff}>
        <SignInForm submitLabel={m.switchButton} onSignedIn={() => setDialog(null)} />
      </Modal>
      <Modal opened={dialog === 'pin'} onClose={() => setDialog(null)} title={m.changeMyPin}>
        <Stack>
          <Text size="sm" c="dimmed">
            {m.changePinHint}
          </Text>
          <ChangePinForm onDone={() => setDialog(null)} />
        </Stack>
      </Modal>
    </>
  );
}
