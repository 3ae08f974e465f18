import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useMessages } from '../../i18n/use-messages.ts';
import { useTodaySuggestions } from '../../query/useSuggestions.ts';
import { SuggestionList } from './SuggestionList.tsx';
import { messages } from './Suggestions.messages.ts';

const PAGE = 10;

/** Today › Follow-ups: the ranked personal follow-ups, close the loop first. */
export function TodaySuggestions() {
  const m = useMessages(messages);
  const [limit, setLimit] = useState(PAGE);
  const list = useTodaySuggestions(limit);
  return (
    <Stack component="section" aria-labelledby="follow-ups-title" gap="xs">
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h3" id="follow-ups-title">
          {m.followUps}
        </Title>
        {list.data && !list.data.preparing && (
          <Text size="sm" c="dimmed">
            {m.suggested(list.data.total)}
          </Text>
        )}
      </Group>
      {list.isError ? (
        <Alert color="red">{m.couldNotLoad(list.error.message)}</Alert>
      ) : !list.data ? (
        <Loader size="sm" aria-label={m.loadingFollowUps} />
      ) : list.data.preparing ? (
        // Worked out in the background (a big shop, a new day): 'suggestions:ready' refetches.
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{m.preparingFollowUps}</Text>
        </Group>
      ) : list.data.rows.length === 0 ? (
        <Text size="sm">{m.noneToday}</Text>
      ) : (
        <>
          <SuggestionList rows={list.data.rows} label={m.followUps} />
          {list.data.rows.length < list.data.total && limit < 500 && (
            <Button
              variant="default"
              size="xs"
              maw={240}
              onClick={() => setLimit((n) => Math.min(500, n + PAGE))}
            >
              {m.showMore}
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
