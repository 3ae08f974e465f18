import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { secretSchema } from '../../../../shared/domain/auth.ts';
import type { Staff } from '../../../../shared/domain/staff.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { withoutFieldPrefix } from '../../format/messages.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
import { messages } from './StaffSettings.messages.ts';

/** The owner gives someone a PIN (or a new one when they forgot theirs). */
export function SetPinModal({ member, onClose }: { member: Staff | null; onClose: () => void }) {
  const m = useMessages(messages);
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
      setErrors({ secret: checked.error.issues[0]?.code === 'too_big' ? m.pinTooLong : m.pinNotValid });
      return;
    }
    if (repeat !== secret) {
      setErrors({ repeat: m.pinsDiffer });
      return;
    }
    setBusy(true);
    try {
      await call('auth:setSecret', { staffId: member.id, secret });
      notifyDone(m.canSignInWithNewPin(member.displayName));
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
    <Modal opened={member !== null} onClose={close} title={member ? m.pinFor(member.displayName) : ''}>
      <form noValidate aria-label={m.setPin} onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {m.setPinHint}
          </Text>
          <PasswordInput
            label={m.newPin}
            value={secret}
            error={errors.secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
            autoFocus
          />
          <PasswordInput
            label={m.newPinAgain}
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
              {m.savePin}
            </Button>
            <Button variant="default" onClick={close}>
              {m.cancel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
