import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTodaySuggestions } from '../../query/useSuggestions.ts';
import { SuggestionList } from './SuggestionList.tsx';

const PAGE = 10;

/** Today › Follow-ups: the ranked personal follow-ups, close the loop first. */
export function TodaySuggestions() {
  const [limit, setLimit] = useState(PAGE);
  const list = useTodaySuggestions(limit);
  return (
    <Stack component="section" aria-labelledby="follow-ups-title" gap="xs">
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h3" id="follow-ups-title">
          Follow-ups
        </Title>
        {list.data && (
          <Text size="sm" c="dimmed">
            {list.data.total} suggested
          </Text>
        )}
      </Group>
      {list.isError ? (
        <Alert color="red">Follow-ups could not be loaded: {list.error.message}</Alert>
      ) : !list.data ? (
        <Loader size="sm" aria-label="Loading follow-ups" />
      ) : list.data.rows.length === 0 ? (
        <Text size="sm">No follow-ups to suggest today.</Text>
      ) : (
        <>
          <SuggestionList rows={list.data.rows} label="Follow-ups" />
          {list.data.rows.length < list.data.total && limit < 500 && (
            <Button
              variant="default"
              size="xs"
              maw={240}
              onClick={() => setLimit((n) => Math.min(500, n + PAGE))}
            >
              Show more follow-ups
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
