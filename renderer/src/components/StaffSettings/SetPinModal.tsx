import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { secretSchema } from '../../../../shared/domain/auth.ts';
import type { Staff } from '../../../../shared/domain/staff.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { fieldMessage, withoutFieldPrefix } from '../../format/messages.ts';
import { notifyDone } from '../BulkActions/notify.tsx';

/** The owner gives someone a PIN (or a new one when they forgot theirs). */
export function SetPinModal({ member, onClose }: { member: Staff | null; onClose: () => void }) {
  const call = useCall();
  const [secret, setSecret] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ secret?: string; repeat?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const close = () => {
    setSecret('');
    setRepeat('');
    setErrors({});
    onClose();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!member) return;
    const checked = secretSchema.safeParse(secret);
    if (!checked.success) {
      setErrors({ secret: fieldMessage('The PIN', checked.error.issues[0]?.message ?? 'is not valid') });
      return;
    }
    if (repeat !== secret) {
      setErrors({ repeat: 'The two PINs are not the same' });
      return;
    }
    setBusy(true);
    try {
      await call('auth:setSecret', { staffId: member.id, secret });
      notifyDone(`${member.displayName} can sign in with the new PIN.`);
      close();
    } catch (error) {
      setErrors({
        form: withoutFieldPrefix(error instanceof Error ? error.message : String(error), 'secret'),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={member !== null} onClose={close} title={member ? `PIN for ${member.displayName}` : ''}>
      <form noValidate aria-label="Set PIN" onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            4 to 8 digits, or a password of 8 characters or more. Tell it to them in person; they can change
            it afterwards from the menu with their name.
          </Text>
          <PasswordInput
            label="New PIN"
            value={secret}
            error={errors.secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
            autoFocus
          />
          <PasswordInput
            label="New PIN again"
            value={repeat}
            error={errors.repeat}
            onChange={(e) => setRepeat(e.currentTarget.value)}
          />
          {errors.form && (
            <Text c="red" size="sm" role="alert">
              {errors.form}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={busy}>
              Save PIN
            </Button>
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
