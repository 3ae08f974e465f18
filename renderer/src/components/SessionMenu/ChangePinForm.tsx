import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { secretSchema } from '../../../../shared/domain/auth.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { AppCallError } from '../../bridge/call.ts';
import { fieldMessage, withoutFieldPrefix } from '../../format/messages.ts';
import { notifyDone } from '../BulkActions/notify.tsx';

type Errors = Partial<Record<'current' | 'secret' | 'repeat' | 'form', string>>;

/** Someone signed in changes their own PIN, proving they know the current one. */
export function ChangePinForm({ onDone }: { onDone: () => void }) {
  const call = useCall();
  const [current, setCurrent] = useState('');
  const [secret, setSecret] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (current === '') found.current = 'Type your current PIN';
    const checked = secretSchema.safeParse(secret);
    if (!checked.success)
      found.secret = fieldMessage('The new PIN', checked.error.issues[0]?.message ?? 'is not valid');
    else if (repeat !== secret) found.repeat = 'The two new PINs are not the same';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await call('auth:changeOwnSecret', { current, secret });
      notifyDone('Your PIN was changed.');
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
    <form noValidate aria-label="Change my PIN" onSubmit={(event) => void submit(event)}>
      <Stack gap="sm">
        <PasswordInput
          label="Current PIN"
          value={current}
          error={errors.current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          autoFocus
        />
        <PasswordInput
          label="New PIN"
          value={secret}
          error={errors.secret}
          onChange={(e) => setSecret(e.currentTarget.value)}
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
            Change PIN
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
