import { Paper, Text } from '@mantine/core';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './CustomerDetails.messages.ts';

/** What staff must know before anything else ("allergic to lavender"), on top, hard to miss. */
export function PinnedNotes({ notes }: { notes: string }) {
  const m = useMessages(messages);
  return (
    <Paper
      role="note"
      aria-label={m.pinnedNotes}
      p="sm"
      radius="md"
      bg="var(--mantine-color-yellow-light)"
      style={{ borderLeft: '4px solid var(--mantine-color-yellow-filled)' }}
    >
      <Text style={{ whiteSpace: 'pre-wrap' }}>{notes}</Text>
    </Paper>
  );
}
