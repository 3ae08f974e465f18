import { Alert, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { ModelStatus } from '../../../../shared/domain/reminders.ts';
import { formatDateTime } from '../../format/dates.ts';
import { useCustomFields } from '../../query/useCustomFields.ts';
import { useReminderSettings } from '../../query/useReminders.ts';
import { ReminderSettingsForm } from './ReminderSettingsForm.tsx';
import { TagRules } from './TagRules.tsx';

function modelLine(model: ModelStatus): string {
  const typical =
    model.typicalIntervalDays === null
      ? ''
      : ` The shop's typical interval is ${Math.round(model.typicalIntervalDays)} days.`;
  if (model.state === 'fitted') {
    return `Visit model fitted ${model.fittedAt === null ? '' : formatDateTime(model.fittedAt)} from ${model.repeatCustomers} customers who came back.${typical}`;
  }
  if (model.state === 'too_little_history') {
    return `Not enough history for the visit model yet (${model.repeatCustomers} of ${model.minRepeatCustomers} customers who came back): reminders follow rhythms only.${typical}`;
  }
  return `The visit model is fitted in the background after a quiet moment.${typical}`;
}

/** Settings → Reminders: the rules behind Today, tag rules, and where the visit model stands. */
export function ReminderSettings() {
  const headingId = useId();
  const settings = useReminderSettings();
  const fields = useCustomFields();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack>
        <Title order={2} size="h3" id={headingId}>
          Reminders
        </Title>
        {settings.isError && <Alert color="red">{settings.error.message}</Alert>}
        {!settings.data || !fields.data ? (
          <Loader size="sm" aria-label="Loading reminder settings" />
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {modelLine(settings.data.model)}
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
