import { Alert, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { ModelStatus } from '../../../../shared/domain/reminders.ts';
import { formatDateTime } from '../../format/dates.ts';
import type { MessagesIn } from '../../i18n/define-messages.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { useCustomFields } from '../../query/useCustomFields.ts';
import { useReminderSettings } from '../../query/useReminders.ts';
import { messages } from './ReminderSettings.messages.ts';
import { ReminderSettingsForm } from './ReminderSettingsForm.tsx';
import { TagRules } from './TagRules.tsx';

function modelLine(m: MessagesIn<typeof messages>, model: ModelStatus): string {
  const typical =
    model.typicalIntervalDays === null ? '' : m.typicalInterval(Math.round(model.typicalIntervalDays));
  if (model.state === 'fitted') {
    const at = model.fittedAt === null ? null : formatDateTime(model.fittedAt);
    return m.modelFitted(at, model.repeatCustomers, typical);
  }
  if (model.state === 'too_little_history') {
    return m.tooLittleHistory(model.repeatCustomers, model.minRepeatCustomers, typical);
  }
  return m.notYetFitted(typical);
}

/** Settings → Reminders: the rules behind Today, tag rules, and where the visit model stands. */
export function ReminderSettings() {
  const m = useMessages(messages);
  const headingId = useId();
  const settings = useReminderSettings();
  const fields = useCustomFields();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack>
        <Title order={2} size="h3" id={headingId}>
          {m.reminders}
        </Title>
        {settings.isError && <Alert color="red">{settings.error.message}</Alert>}
        {!settings.data || !fields.data ? (
          <Loader size="sm" aria-label={m.loadingSettings} />
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {modelLine(m, settings.data.model)}
            </Text>
            <ReminderSettingsForm
              key={JSON.stringify(settings.data.settings)}
              settings={settings.data.settings}
              dateFields={fields.data.filter((field) => field.type === 'date')}
            />
            <TagRules rules={settings.data.tagRules} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
