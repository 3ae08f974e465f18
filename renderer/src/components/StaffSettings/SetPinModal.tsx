import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Staff } from '../../../../shared/domain/staff.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { withoutFieldPrefix } from '../../format/messages.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
import { NewPinFields } from '../NewPin/NewPinFields.tsx';
import { useNewPinCheck } from '../NewPin/useNewPinCheck.ts';
import { messages } from './StaffSettings.messages.ts';

/** The owner gives someone a PIN (or a new one when they forgot theirs). */
export function SetPinModal({ member, onClose }: { member: Staff | null; onClose: () => void }) {
  const m = useMessages(messages);
  const call = useCall();
  const [secret, setSecret] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ secret?: string; repeat?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const checkNewPin = useNewPinCheck();

  const close = () => {
    setSecret('');
    setRepeat('');
    setErrors({});
    onClose();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!member) return;
    const problems = checkNewPin(secret, repeat);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
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
          <NewPinFields
            secret={secret}
            repeat={repeat}
            onSecretChange={setSecret}
            onRepeatChange={setRepeat}
            errors={errors}
            autoFocus
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
