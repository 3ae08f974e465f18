import { Alert, Paper, Stack, Title } from '@mantine/core';
import { useMessages } from '../../i18n/use-messages.ts';
import { useCustomerSuggestions } from '../../query/useSuggestions.ts';
import { SuggestionList } from './SuggestionList.tsx';
import { messages } from './Suggestions.messages.ts';

/** The customer page's follow-ups: every kind that applies today. Nothing when there is none. */
export function CustomerSuggestions({ customerId }: { customerId: string }) {
  const m = useMessages(messages);
  const suggestions = useCustomerSuggestions(customerId);
  if (suggestions.isError) return <Alert color="red">{m.couldNotLoad(suggestions.error.message)}</Alert>;
  if (!suggestions.data || suggestions.data.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="customer-follow-ups-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="customer-follow-ups-title">
          {m.suggestedFollowUps}
        </Title>
        <SuggestionList rows={suggestions.data} label={m.suggestedFollowUps} showName={false} />
      </Stack>
    </Paper>
  );
}
