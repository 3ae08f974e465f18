import { Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { idleLockMinutesSchema } from '../../../../shared/domain/auth.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { withoutFieldPrefix } from '../../format/messages.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { useAuthStatus } from '../../query/useAuth.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
import { messages } from './SecuritySettings.messages.ts';

/** How long the counter may sit idle before it locks itself. */
export function IdleLockSetting() {
  const m = useMessages(messages);
  const call = useCall();
  const client = useQueryClient();
  const status = useAuthStatus();
  const headingId = useId();
  const [typed, setTyped] = useState<string | number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const value = typed ?? status.data?.idleLockMinutes ?? '';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = idleLockMinutesSchema.safeParse(typeof value === 'string' ? Number(value || NaN) : value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(
        issue?.code === 'too_small'
          ? m.minutesTooFew
          : issue?.code === 'too_big'
            ? m.minutesTooMany
            : issue?.code === 'invalid_type' && issue.expected === 'int'
              ? m.minutesNotWhole
              : m.minutesNotANumber,
      );
      return;
    }
    try {
      client.setQueryData(queryKeys.authStatus, await call('auth:setIdleLock', { minutes: parsed.data }));
      setTyped(null);
      notifyDone(parsed.data === 0 ? m.autoLockOff : m.locksAfter(parsed.data));
    } catch (caught) {
      setError(withoutFieldPrefix(caught instanceof Error ? caught.message : String(caught), 'minutes'));
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <form noValidate aria-label={m.autoLock} onSubmit={(event) => void submit(event)}>
        <Stack gap="xs">
          <Title order={2} id={headingId}>
            {m.autoLock}
          </Title>
          <Text size="sm" c="dimmed">
            {m.autoLockHint}
          </Text>
          <Group align="flex-end">
            <NumberInput
              label={m.lockAfterMinutes}
              min={0}
              max={1440}
              allowDecimal={false}
              value={value}
              error={error}
              onChange={(next) => {
                setTyped(next);
                setError(null);
              }}
              w={200}
            />
            <Button type="submit">{m.save}</Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
