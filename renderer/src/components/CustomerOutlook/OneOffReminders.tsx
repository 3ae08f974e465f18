import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { OneOff } from '../../../../shared/domain/customer-outlook.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { AppCallError } from '../../bridge/call.ts';
import { withoutFieldPrefix } from '../../format/messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { notifyDone, notifyFailed } from '../BulkActions/notify.tsx';

const schema = z.object({
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose a date'),
  note: z.string().trim().min(1, 'Say what to remember').max(500, 'Note must be at most 500 characters'),
});
type Values = z.infer<typeof schema>;

/** "Remind me on this day: …" for one customer, and the ones already set, which can be cancelled. */
export function OneOffReminders({
  customerId,
  oneOffs,
  today,
}: {
  customerId: string;
  oneOffs: OneOff[];
  today: string;
}) {
  const call = useCall();
  const client = useQueryClient();
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { dueDate: today, note: '' },
  });
  const refresh = () => void client.invalidateQueries({ queryKey: queryKeys.customerOutlook(customerId) });

  const onValid = async (values: Values) => {
    try {
      await call('reminders:addOneOff', { customerId, ...values });
      notifyDone(`Reminder set for ${values.dueDate}.`);
      reset({ dueDate: today, note: '' });
      refresh();
    } catch (error) {
      const field = error instanceof AppCallError && error.field === 'note' ? 'note' : 'dueDate';
      const message =
        error instanceof AppCallError ? withoutFieldPrefix(error.message, error.field ?? '') : String(error);
      setError(field, { type: 'server', message });
    }
  };
  const cancel = async (id: string) => {
    try {
      await call('reminders:cancelOneOff', { id });
      notifyDone('Reminder cancelled.');
      refresh();
    } catch (error) {
      notifyFailed(error);
    }
  };

  return (
    <Stack gap="xs">
      {oneOffs.map((reminder) => (
        <Group key={reminder.id} gap="sm">
          <Text size="sm">
            {reminder.dueDate}: {reminder.note}
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            color="gray"
            onClick={() => void cancel(reminder.id)}
            aria-label={`Cancel the reminder of ${reminder.dueDate}`}
          >
            Cancel
          </Button>
        </Group>
      ))}
      <form noValidate aria-label="New reminder" onSubmit={(event) => void handleSubmit(onValid)(event)}>
        <Group align="flex-start" gap="md">
          <TextInput
            type="date"
            label="Remind me on"
            min={today}
            w={180}
            error={formState.errors.dueDate?.message}
            {...register('dueDate')}
          />
          <TextInput
            label="About"
            placeholder="Tell about the new range"
            style={{ flex: 1 }}
            error={formState.errors.note?.message}
            {...register('note')}
          />
          <Button type="submit" variant="light" mt={25} loading={formState.isSubmitting}>
            Add reminder
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
