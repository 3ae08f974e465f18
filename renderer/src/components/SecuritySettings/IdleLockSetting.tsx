import { Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { idleLockMinutesSchema } from '../../../../shared/domain/auth.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { fieldMessage, withoutFieldPrefix } from '../../format/messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { useAuthStatus } from '../../query/useAuth.ts';
import { notifyDone } from '../BulkActions/notify.tsx';

/** How long the counter may sit idle before it locks itself. */
export function IdleLockSetting() {
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
      setError(fieldMessage('Minutes', parsed.error.issues[0]?.message ?? 'is not valid'));
      return;
    }
    try {
      client.setQueryData(queryKeys.authStatus, await call('auth:setIdleLock', { minutes: parsed.data }));
      setTyped(null);
      notifyDone(
        parsed.data === 0 ? 'Auto-lock is off.' : `Regulars locks after ${parsed.data} idle minutes.`,
      );
    } catch (caught) {
      setError(withoutFieldPrefix(caught instanceof Error ? caught.message : String(caught), 'minutes'));
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <form noValidate aria-label="Auto-lock" onSubmit={(event) => void submit(event)}>
        <Stack gap="xs">
          <Title order={2} id={headingId}>
            Auto-lock
          </Title>
          <Text size="sm" c="dimmed">
            After this many minutes without a key or a click, Regulars locks and asks for a PIN. 0 never
            locks.
          </Text>
          <Group align="flex-end">
            <NumberInput
              label="Lock after (minutes)"
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
            <Button type="submit">Save</Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
