import { Alert, Avatar, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import type { SignInOption } from '../../../../shared/domain/auth.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { AppCallError } from '../../bridge/call.ts';
import { translateMessage, withoutFieldPrefix } from '../../format/messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { useAuthStatus, useSignInOptions } from '../../query/useAuth.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { PinPad } from './PinPad.tsx';
import { messages } from './SignIn.messages.ts';

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

function StaffChoice({ option }: { option: SignInOption }) {
  const m = useMessages(messages);
  return (
    <Group gap="xs" wrap="nowrap">
      <Avatar size={28} radius="xl" color={option.color} variant="filled" aria-hidden="true">
        {option.initials}
      </Avatar>
      <span>{option.displayName}</span>
      {option.lockedUntil !== null && (
        <Text span size="xs" c="red">
          {m.lockedUntil(timeFormat.format(option.lockedUntil))}
        </Text>
      )}
    </Group>
  );
}

interface SignInFormProps {
  submitLabel: string;
  /** Called once the core has signed the person in. */
  onSignedIn?: () => void;
}

/**
 * Who you are, then your PIN: the lock screen and "Switch staff" share it. The last person signed
 * in is chosen already, so coming back from a lock is the PIN and Enter.
 */
export function SignInForm({ submitLabel, onSignedIn }: SignInFormProps) {
  const m = useMessages(messages);
  const call = useCall();
  const client = useQueryClient();
  const options = useSignInOptions();
  const status = useAuthStatus();
  const pinRef = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<{ field: 'secret' | 'form'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const list = options.data ?? [];
  const fallback = list.find((option) => option.staffId === status.data?.lastStaffId) ?? list[0];
  const staffId = chosen ?? fallback?.staffId ?? null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (staffId === null) return setError({ field: 'form', message: m.chooseWhoFirst });
    if (secret === '') return setError({ field: 'secret', message: m.typeYourPin });
    setBusy(true);
    setError(null);
    try {
      const signedIn = await call('auth:signIn', { staffId, secret });
      client.setQueryData(queryKeys.authStatus, signedIn);
      setSecret('');
      onSignedIn?.();
    } catch (caught) {
      const message = caught instanceof Error ? caught.message : String(caught);
      const field = caught instanceof AppCallError && caught.field === 'secret' ? 'secret' : 'form';
      setError({ field, message: translateMessage(withoutFieldPrefix(message, 'secret')) });
      setSecret('');
      void client.invalidateQueries({ queryKey: queryKeys.signInOptions });
      pinRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  if (options.isError) return <Alert color="red">{options.error.message}</Alert>;
  if (options.isSuccess && list.length === 0) {
    return <Alert color="yellow">{m.nobodyHasPin}</Alert>;
  }

  return (
    <form noValidate aria-label={m.signIn} onSubmit={(event) => void submit(event)}>
      <Stack>
        <Radio.Group
          label={m.whoAreYou}
          value={staffId}
          onChange={(value) => {
            setChosen(value);
            setError(null);
            pinRef.current?.focus();
          }}
        >
          <Stack gap={6} mt="xs">
            {list.map((option) => (
              <Radio key={option.staffId} value={option.staffId} label={<StaffChoice option={option} />} />
            ))}
          </Stack>
        </Radio.Group>
        <PinPad
          label={m.pinOrPassword}
          value={secret}
          onChange={(value) => {
            setSecret(value);
            if (error?.field === 'secret') setError(null);
          }}
          error={error?.field === 'secret' ? error.message : undefined}
          autoFocus
          inputRef={pinRef}
        />
        {error?.field === 'form' && (
          <Text c="red" size="sm" role="alert">
            {error.message}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
