import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ReminderKind } from '../../../../shared/domain/reminders.ts';
import { InsightsStrip } from '../../components/InsightsStrip/InsightsStrip.tsx';
import { TodaySuggestions } from '../../components/Suggestions/TodaySuggestions.tsx';
import { ModelNote } from '../../components/Reminders/ModelNote.tsx';
import { ReminderCounts } from '../../components/Reminders/ReminderCounts.tsx';
import { ReminderRowItem } from '../../components/Reminders/ReminderRowItem.tsx';
import { useCan } from '../../query/useAuth.ts';
import { useTodayReminders } from '../../query/useReminders.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './TodayPage.messages.ts';

const PAGE = 100;

/** Who to think of today and why: one ranked row per customer, counts by kind at the top. */
export function TodayPage() {
  const m = useMessages(messages);
  const [kind, setKind] = useState<ReminderKind | undefined>(undefined);
  const [limit, setLimit] = useState(PAGE);
  const list = useTodayReminders(kind === undefined ? { limit } : { limit, kind });
  const canSeeInsights = useCan('insights.view');

  if (list.isError)
    return (
      <Alert color="red" title={m.couldNotLoad}>
        {list.error.message}
      </Alert>
    );
  if (!list.data) return <Loader aria-label={m.loadingReminders} />;
  const { rows, total, counts, asOf, snoozed, model } = list.data;
  const shown = kind === undefined ? total : counts[kind];

  return (
    <Stack maw={1040}>
      <Group justify="space-between" align="baseline">
        <Title order={1}>{m.title}</Title>
        <Text c="dimmed">{asOf}</Text>
      </Group>
      {canSeeInsights && <InsightsStrip />}
      <TodaySuggestions />
      <Title order={2} size="h3">
        {m.reminders}
      </Title>
      <ModelNote model={model} />
      {total === 0 ? (
        <Text>{snoozed > 0 ? m.nobodyTodaySnoozed(snoozed) : m.nobodyToday}</Text>
      ) : (
        <>
          <ReminderCounts
            total={total}
            counts={counts}
            selected={kind}
            onSelect={(next) => {
              setKind(next);
              setLimit(PAGE);
            }}
          />
          {snoozed > 0 && (
            <Text size="sm" c="dimmed">
              {m.snoozed(snoozed)}
            </Text>
          )}
          <Stack
            component="ul"
            aria-label={m.reminders}
            gap="xs"
            style={{ listStyle: 'none', margin: 0, padding: 0 }}
          >
            {rows.map((row) => (
              <ReminderRowItem key={row.customerId} row={row} today={asOf} />
            ))}
          </Stack>
          {rows.length < shown && limit < 2000 && (
            <Button
              variant="default"
              onClick={() => setLimit((current) => Math.min(2000, current + PAGE))}
              maw={240}
            >
              {m.showMore(Math.min(PAGE, shown - rows.length), shown)}
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
