import { Alert, Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { fullName } from '../../../../shared/domain/customer.ts';
import type { DuplicateCandidate } from '../../../../shared/domain/duplicates.ts';
import { paths } from '../../app/paths.ts';

/** Shown above "Save customer" while the typed details look like someone already in the base. */
export function DuplicateWarning({ candidates }: { candidates: DuplicateCandidate[] }) {
  if (candidates.length === 0) return null;
  return (
    // A polite status, not an alarm: it updates while the user is still typing.
    <Alert color="yellow" title="Possible duplicates" role="status">
      <Text size="sm" mb="xs">
        {candidates.length === 1
          ? 'This may be someone already in your customers. Open them to check before saving:'
          : 'These may be the same person. Open them to check before saving:'}
      </Text>
      <List size="sm" spacing={4} aria-label="Possible duplicates">
        {candidates.map((candidate) => (
          <List.Item key={candidate.customer.id}>
            <Anchor component={Link} to={paths.customer(candidate.customer.id)}>
              {fullName(candidate.customer)}
            </Anchor>
            {[candidate.customer.phone, candidate.customer.email].filter(Boolean).length > 0 &&
              ` (${[candidate.customer.phone, candidate.customer.email].filter(Boolean).join(', ')})`}
            {': '}
            {candidate.reasons.join(', ')}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
