import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { secretSchema } from '../../../../shared/domain/auth.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { AppCallError } from '../../bridge/call.ts';
import { withoutFieldPrefix } from '../../format/messages.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
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

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (current === '') found.current = m.typeCurrentPin;
    const checked = secretSchema.safeParse(secret);
    if (!checked.success)
      found.secret = checked.error.issues[0]?.code === 'too_big' ? m.newPinTooLong : m.newPinNotValid;
    else if (repeat !== secret) found.repeat = m.newPinsDiffer;
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
        <PasswordInput
          label={m.newPin}
          value={secret}
          error={errors.secret}
          onChange={(e) => setSecret(e.currentTarget.value)}
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
            {m.changePin}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
