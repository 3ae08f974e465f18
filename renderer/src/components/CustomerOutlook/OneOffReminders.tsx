import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { OneOff } from '../../../../shared/domain/customer-outlook.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { AppCallError } from '../../bridge/call.ts';
import { translateMessage, withoutFieldPrefix } from '../../format/messages.ts';
import type { MessagesIn } from '../../i18n/define-messages.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { notifyDone, notifyFailed } from '../BulkActions/notify.tsx';
import { messages } from './CustomerOutlook.messages.ts';

const oneOffSchema = (m: MessagesIn<typeof messages>) =>
  z.object({
    dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, m.chooseDate),
    note: z.string().trim().min(1, m.sayWhat).max(500, m.noteTooLong),
  });
type Values = z.infer<ReturnType<typeof oneOffSchema>>;

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
  const m = useMessages(messages);
  const call = useCall();
  const client = useQueryClient();
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>({
    resolver: zodResolver(oneOffSchema(m)),
    defaultValues: { dueDate: today, note: '' },
  });
  const refresh = () => void client.invalidateQueries({ queryKey: queryKeys.customerOutlook(customerId) });

  const onValid = async (values: Values) => {
    try {
      await call('reminders:addOneOff', { customerId, ...values });
      notifyDone(m.reminderSet(values.dueDate));
      reset({ dueDate: today, note: '' });
      refresh();
    } catch (error) {
      const field = error instanceof AppCallError && error.field === 'note' ? 'note' : 'dueDate';
      const message =
        error instanceof AppCallError
          ? translateMessage(withoutFieldPrefix(error.message, error.field ?? ''))
          : String(error);
      setError(field, { type: 'server', message });
    }
  };
  const cancel = async (id: string) => {
    try {
      await call('reminders:cancelOneOff', { id });
      notifyDone(m.reminderCancelled);
      refresh();
    } catch (error) {
      notifyFailed(error);
    }
  };

  return (
    <Stack gap="xs">
      {oneOffs.map((reminder) => (
        <Group key={reminder.id} gap="sm">
          <Text size="sm">{m.oneOffLine(reminder.dueDate, reminder.note)}</Text>
          <Button
            size="compact-xs"
            variant="subtle"
            color="gray"
            onClick={() => void cancel(reminder.id)}
            aria-label={m.cancelReminderOf(reminder.dueDate)}
          >
            {m.cancel}
          </Button>
        </Group>
      ))}
      <form noValidate aria-label={m.newReminder} onSubmit={(event) => void handleSubmit(onValid)(event)}>
        <Group align="flex-start" gap="md">
          <TextInput
            type="date"
            label={m.remindMeOn}
            min={today}
            w={180}
            error={formState.errors.dueDate?.message}
            {...register('dueDate')}
          />
          <TextInput
            label={m.about}
            placeholder={m.aboutPlaceholder}
            style={{ flex: 1 }}
            error={formState.errors.note?.message}
            {...register('note')}
          />
          <Button type="submit" variant="light" mt={25} loading={formState.isSubmitting}>
            {m.addReminder}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
