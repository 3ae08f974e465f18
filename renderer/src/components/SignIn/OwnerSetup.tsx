import { Button, Center, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { secretSchema } from '../../../../shared/domain/auth.ts';
import { staffInputSchema } from '../../../../shared/domain/staff.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { fieldMessage, withoutFieldPrefix } from '../../format/messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { PinPad } from './PinPad.tsx';

type Errors = Partial<Record<'name' | 'secret' | 'repeat' | 'form', string>>;

/** First run: whoever sets Regulars up becomes its owner, with a PIN only they know. */
export function OwnerSetup() {
  const call = useCall();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [secret, setSecret] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    const owner = staffInputSchema.safeParse({ displayName: name });
    if (!owner.success)
      found.name = fieldMessage('Your name', owner.error.issues[0]?.message ?? 'is not valid');
    const checked = secretSchema.safeParse(secret);
    if (!checked.success)
      found.secret = fieldMessage('The PIN', checked.error.issues[0]?.message ?? 'is not valid');
    else if (repeat !== secret) found.repeat = 'The two PINs are not the same';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      client.setQueryData(
        queryKeys.authStatus,
        await call('auth:setupOwner', { owner: { displayName: name }, secret }),
      );
    } catch (error) {
      setErrors({
        form: withoutFieldPrefix(error instanceof Error ? error.message : String(error), 'secret'),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100dvh" p="md">
      <Paper withBorder p="xl" maw={460} w="100%">
        <form noValidate aria-label="Set up Regulars" onSubmit={(event) => void submit(event)}>
          <Stack>
            <Title order={1}>Welcome to Regulars</Title>
            <Text c="dimmed">
              You are setting Regulars up, so you become its owner: you add your staff, give them PINs and
              decide what they may do. Choose a PIN (4 to 8 digits) or a password only you know.
            </Text>
            <TextInput
              label="Your name"
              required
              maxLength={60}
              value={name}
              error={errors.name}
              onChange={(event) => setName(event.currentTarget.value)}
              autoFocus
            />
            <PinPad label="Your PIN or password" value={secret} onChange={setSecret} error={errors.secret} />
            <PinPad label="The same again" value={repeat} onChange={setRepeat} error={errors.repeat} />
            {errors.form && (
              <Text c="red" size="sm" role="alert">
                {errors.form}
              </Text>
            )}
            <Button type="submit" loading={busy}>
              Start using Regulars
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
