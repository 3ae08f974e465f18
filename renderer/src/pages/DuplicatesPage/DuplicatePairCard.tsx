import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { fullName, type CustomerSummary } from '../../../../shared/domain/customer.ts';
import type { DuplicatePair } from '../../../../shared/domain/duplicates.ts';
import { paths } from '../../app/paths.ts';
import { formatDate } from '../../format/dates.ts';
import { duplicateReasonText } from '../../components/DuplicateWarning/duplicate-reasons.ts';
import { useLanguage } from '../../i18n/LanguageProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './DuplicatesPage.messages.ts';

function Side({ customer }: { customer: CustomerSummary }) {
  const m = useMessages(messages);
  return (
    <Stack gap={2}>
      <Anchor component={Link} to={paths.customer(customer.id)} fw={600}>
        {fullName(customer)}
      </Anchor>
      {customer.phone && <Text size="sm">{customer.phone}</Text>}
      {customer.email && <Text size="sm">{customer.email}</Text>}
      <Text size="sm" c="dimmed">
        {m.visits(customer.visitCount)}
        {customer.lastVisitAt !== null && m.lastVisit(formatDate(customer.lastVisitAt))}
      </Text>
    </Stack>
  );
}

interface DuplicatePairCardProps {
  pair: DuplicatePair;
  dismissing: boolean;
  onMerge: () => void;
  onDismiss: () => void;
}

/** One pair that may be one person: both side by side, why they look alike, and what to do. */
export function DuplicatePairCard({ pair, dismissing, onMerge, onDismiss }: DuplicatePairCardProps) {
  const m = useMessages(messages);
  const { language } = useLanguage();
  return (
    <Paper withBorder p="md" component="article" aria-label={m.pairName(fullName(pair.a), fullName(pair.b))}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Group gap="xs">
            <Badge variant="light" color={pair.score >= 0.9 ? 'red' : 'yellow'}>
              {m.alike(Math.round(pair.score * 100))}
            </Badge>
            {pair.reasons.map((reason) => (
              <Badge key={reason} variant="outline" color="gray" tt="none">
                {duplicateReasonText(reason, language)}
              </Badge>
            ))}
          </Group>
          <Group gap="xs">
            <Button variant="default" size="compact-sm" loading={dismissing} onClick={onDismiss}>
              {m.notSamePerson}
            </Button>
            <Button size="compact-sm" onClick={onMerge}>
              {m.merge}
            </Button>
          </Group>
        </Group>
        <SimpleGrid cols={2}>
          <Side customer={pair.a} />
          <Side customer={pair.b} />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
