import { Paper, Text } from '@mantine/core';

/** What staff must know before anything else ("allergic to lavender"), on top, hard to miss. */
export function PinnedNotes({ notes }: { notes: string }) {
  return (
    <Paper
      role="note"
      aria-label="Pinned notes"
      p="sm"
      radius="md"
      bg="var(--mantine-color-yellow-light)"
      style={{ borderLeft: '4px solid var(--mantine-color-yellow-filled)' }}
    >
      <Text style={{ whiteSpace: 'pre-wrap' }}>{notes}</Text>
    </Paper>
  );
}
