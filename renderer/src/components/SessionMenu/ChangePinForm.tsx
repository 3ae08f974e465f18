import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { AppCallError } from '../../bridge/call.ts';
import { withoutFieldPrefix } from '../../format/messages.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
import { NewPinFields } from '../NewPin/NewPinFields.tsx';
import { useNewPinCheck } from '../NewPin/useNewPinCheck.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './SessionMenu.messages.ts';

type Errors = Partial<Record<'current' | 'secret' | 'repeat' | 'form', string>>;

/** Someone signed in changes their own PIN, proving they know the current one. */
export function ChangePinForm({ onDone }: { onDone: () => void }) {
  const m = useMessages(messages);
  const call = useCall();
  const [current, setCurrent] = useState('');
  const [secret, setSecret] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const checkNewPin = useNewPinCheck();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = checkNewPin(secret, repeat);
    if (current === '') found.current = m.typeCurrentPin;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await call('auth:changeOwnSecret', { current, secret });
      notifyDone(m.pinChanged);
      onDone();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // A wrong current PIN comes back on "secret": the one the core checked.
      setErrors(
        error instanceof AppCallError && error.field === 'secret'
          ? { current: withoutFieldPrefix(message, 'secret') }
          : { form: message },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate aria-label={m.changeMyPin} onSubmit={(event) => void submit(event)}>
      <Stack gap="sm">
        <PasswordInput
          label={m.currentPin}
          value={current}
          error={errors.current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          autoFocus
        />
        <NewPinFields
          secret={secret}
          repeat={repeat}
          onSecretChange={setSecret}
          onRepeatChange={setRepeat}
          errors={errors}
        />
        {errors.form && (
          <Text c="red" size="sm" role="alert">
            {errors.form}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {m.changePin}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
