import { Alert, Text } from '@mantine/core';
import type { ModelStatus } from '../../../../shared/domain/reminders.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './Reminders.messages.ts';

/** Says when "at risk" cannot be worked out yet, and why: reminders then follow rhythms only. */
export function ModelNote({ model }: { model: ModelStatus }) {
  const m = useMessages(messages);
  if (model.state === 'too_little_history') {
    return (
      <Alert color="gray" title={m.rhythmsOnly}>
        {m.notEnoughHistory(model.repeatCustomers, model.minRepeatCustomers)}
      </Alert>
    );
  }
  if (model.state === 'not_yet_fitted') {
    return (
      <Text size="sm" c="dimmed">
        {m.workedOutInBackground}
      </Text>
    );
  }
  return null;
}
