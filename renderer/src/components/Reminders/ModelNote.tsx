import { Alert, Text } from '@mantine/core';
import type { ModelStatus } from '../../../../shared/domain/reminders.ts';

/** Says when "at risk" cannot be worked out yet, and why: reminders then follow rhythms only. */
export function ModelNote({ model }: { model: ModelStatus }) {
  if (model.state === 'too_little_history') {
    return (
      <Alert color="gray" title="Rhythms only for now">
        Not enough history yet to estimate who is still a regular: {model.repeatCustomers} of the{' '}
        {model.minRepeatCustomers} customers with a repeat visit needed.
      </Alert>
    );
  }
  if (model.state === 'not_yet_fitted') {
    return (
      <Text size="sm" c="dimmed">
        Who is still a regular is worked out in the background after a quiet moment.
      </Text>
    );
  }
  return null;
}
