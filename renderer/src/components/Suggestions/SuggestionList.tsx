import { Stack } from '@mantine/core';
import type { Suggestion } from '../../../../shared/domain/suggestions.ts';
import { SuggestionCard } from './SuggestionCard.tsx';

export function SuggestionList({
  rows,
  label,
  showName = true,
}: {
  rows: Suggestion[];
  label: string;
  showName?: boolean;
}) {
  return (
    <Stack component="ul" aria-label={label} gap="xs" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {rows.map((row) => (
        // A new draft for the same customer and kind starts from the new text.
        <SuggestionCard
          key={`${row.customerId}:${row.kind}:${row.message}`}
          suggestion={row}
          showName={showName}
        />
      ))}
    </Stack>
  );
}
