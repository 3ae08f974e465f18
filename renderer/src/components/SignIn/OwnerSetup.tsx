import { Button, Center, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { secretSchema } from '../../../../shared/domain/auth.ts';
import { staffInputSchema } from '../../../../shared/domain/staff.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { withoutFieldPrefix } from '../../format/messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { PinPad } from './PinPad.tsx';
import { messages } from './SignIn.messages.ts';

type Errors = Partial<Record<'name' | 'secret' | 'repeat' | 'form', string>>;

/** First run: whoever sets Regulars up becomes its owner, with a PIN only they know. */
export function OwnerSetup() {
  const m = useMessages(messages);
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
      found.name = owner.error.issues[0]?.code === 'too_big' ? m.yourNameTooLong : m.yourNameRequired;
    const checked = secretSchema.safeParse(secret);
    if (!checked.success)
      found.secret = checked.error.issues[0]?.code === 'too_big' ? m.pinTooLong : m.pinNotValid;
    else if (repeat !== secret) found.repeat = m.pinsDiffer;
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
        <form noValidate aria-label={m.setUpRegulars} onSubmit={(event) => void submit(event)}>
          <Stack>
            <Title order={1}>{m.welcome}</Title>
            <Text c="dimmed">{m.ownerIntro}</Text>
            <TextInput
              label={m.yourName}
              required
              maxLength={60}
              value={name}
              error={errors.name}
              onChange={(event) => setName(event.currentTarget.value)}
              autoFocus
            />
            <PinPad label={m.yourPinOrPassword} value={secret} onChange={setSecret} error={errors.secret} />
            <PinPad label={m.sameAgain} value={repeat} onChange={setRepeat} error={errors.repeat} />
            {errors.form && (
              <Text c="red" size="sm" role="alert">
                {errors.form}
              </Text>
            )}
            <Button type="submit" loading={busy}>
              {m.startUsing}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
