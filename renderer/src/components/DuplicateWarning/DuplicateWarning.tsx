import { Alert, Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { fullName } from '../../../../shared/domain/customer.ts';
import type { DuplicateCandidate } from '../../../../shared/domain/duplicates.ts';
import { paths } from '../../app/paths.ts';
import { pickLanguage } from '../../i18n/define-messages.ts';
import { useLanguage } from '../../i18n/LanguageProvider.tsx';
import { duplicateReasonText } from './duplicate-reasons.ts';
import { messages } from './DuplicateWarning.messages.ts';

/** Shown above "Save customer" while the typed details look like someone already in the base. */
export function DuplicateWarning({ candidates }: { candidates: DuplicateCandidate[] }) {
  const { language } = useLanguage();
  const m = pickLanguage(messages, language);
  if (candidates.length === 0) return null;
  return (
    // A polite status, not an alarm: it updates while the user is still typing.
    <Alert color="yellow" title={m.possibleDuplicates} role="status">
      <Text size="sm" mb="xs">
        {candidates.length === 1 ? m.maybeOne : m.maybeMany}
      </Text>
      <List size="sm" spacing={4} aria-label={m.possibleDuplicates}>
        {candidates.map((candidate) => (
          <List.Item key={candidate.customer.id}>
            <Anchor component={Link} to={paths.customer(candidate.customer.id)}>
              {fullName(candidate.customer)}
            </Anchor>
            {[candidate.customer.phone, candidate.customer.email].filter(Boolean).length > 0 &&
              m.contacts([candidate.customer.phone, candidate.customer.email].filter(Boolean).join(', '))}
            {': '}
            {candidate.reasons.map((reason) => duplicateReasonText(reason, language)).join(', ')}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
