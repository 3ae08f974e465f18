import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { fullName } from '../../../../shared/domain/customer.ts';
import type { ReminderRow } from '../../../../shared/domain/reminders.ts';
import { paths } from '../../app/paths.ts';
import { useLanguage } from '../../i18n/LanguageProvider.tsx';
import { ReminderActions } from './ReminderActions.tsx';
import { contactNote, reasonText, useReminderKindLabels } from './reminder-labels.ts';

/** One customer: who, why (every reason in words and numbers), whether to reach out, and actions. */
export function ReminderRowItem({ row, today }: { row: ReminderRow; today: string }) {
  const { language } = useLanguage();
  const KIND_LABELS = useReminderKindLabels();
  const name = fullName(row);
  const note = contactNote(row.contact, language);
  return (
    <Paper component="li" withBorder p="sm" aria-label={name}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4}>
          <Group gap="xs">
            <Anchor component={Link} to={paths.customer(row.customerId)} fw={600}>
              {name}
            </Anchor>
            {row.code !== '' && (
              <Text size="sm" c="dimmed">
                {row.code}
              </Text>
            )}
            {row.kinds.map((kind) => (
              <Badge key={kind} color={KIND_LABELS[kind].color} variant="light" size="sm">
                {KIND_LABELS[kind].one}
              </Badge>
            ))}
            {note && (
              <Badge color={note.color} variant="outline" size="sm">
                {note.label}
              </Badge>
            )}
          </Group>
          <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {row.reasons.map((reason) => (
              <Text key={reason.key} component="li" size="sm">
                {reasonText(reason, today, language)}
              </Text>
            ))}
          </Stack>
        </Stack>
        <ReminderActions row={row} today={today} />
      </Group>
    </Paper>
  );
}
