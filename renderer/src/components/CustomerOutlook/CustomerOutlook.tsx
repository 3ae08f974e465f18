import { Alert, Badge, Divider, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { pickLanguage } from '../../i18n/define-messages.ts';
import { useLanguage } from '../../i18n/LanguageProvider.tsx';
import { useCustomerOutlook } from '../../query/useReminders.ts';
import { KIND_LABELS } from '../Reminders/reminder-labels.ts';
import { ContactPlanForm } from './ContactPlanForm.tsx';
import { OneOffReminders } from './OneOffReminders.tsx';
import { messages } from './CustomerOutlook.messages.ts';
import { predictionSentence, rhythmSentence, rhythmState } from './outlook-text.ts';
import { explanationText, reasonText } from './reason-text.ts';

/** The customer's rhythm, the model's view of them, open reminders, and how the shop keeps in touch. */
export function CustomerOutlook({ customerId }: { customerId: string }) {
  const { language } = useLanguage();
  const m = pickLanguage(messages, language);
  const outlook = useCustomerOutlook(customerId);
  const headingId = useId();
  if (outlook.isError) return <Alert color="red">{outlook.error.message}</Alert>;
  if (!outlook.data) return <Loader size="sm" aria-label={m.loading} />;
  const { rhythm, prediction, model, reasons, snoozedUntil, plan, tagRules, oneOffs, asOf } = outlook.data;
  const state = rhythmState(rhythm, language);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {m.title}
        </Title>
        <Group gap="xs">
          <Text fw={600}>{rhythmSentence(rhythm, language)}</Text>
          {state && (
            <Badge color={state.color} variant="light">
              {state.label}
            </Badge>
          )}
        </Group>
        {prediction && <Text>{predictionSentence(prediction, language)}</Text>}
        <Text size="sm" c="dimmed">
          {explanationText(rhythm, prediction, model, language)}
        </Text>
        {reasons.length > 0 && (
          <Stack
            gap={2}
            component="ul"
            aria-label={m.openReminders}
            style={{ listStyle: 'none', margin: 0, padding: 0 }}
          >
            {reasons.map((reason) => (
              <Group key={reason.key} component="li" gap="xs" wrap="nowrap">
                <Badge size="sm" variant="light" color={KIND_LABELS[reason.kind].color}>
                  {KIND_LABELS[reason.kind].one}
                </Badge>
                <Text size="sm">{reasonText(reason, asOf, language)}</Text>
              </Group>
            ))}
            {snoozedUntil && (
              <Text size="sm" c="dimmed">
                {m.snoozedUntil(snoozedUntil)}
              </Text>
            )}
          </Stack>
        )}
        <Divider />
        <ContactPlanForm key={JSON.stringify(plan)} customerId={customerId} plan={plan} />
        {tagRules.length > 0 && (
          <Text size="sm" c="dimmed">
            {m.throughTags(tagRules)}
          </Text>
        )}
        <OneOffReminders customerId={customerId} oneOffs={oneOffs} today={asOf} />
      </Stack>
    </Paper>
  );
}
