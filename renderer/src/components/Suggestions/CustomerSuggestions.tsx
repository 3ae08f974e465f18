import { Alert, Paper, Stack, Title } from '@mantine/core';
import { useCustomerSuggestions } from '../../query/useSuggestions.ts';
import { SuggestionList } from './SuggestionList.tsx';

/** The customer page's follow-ups: every kind that applies today. Nothing when there is none. */
export function CustomerSuggestions({ customerId }: { customerId: string }) {
  const suggestions = useCustomerSuggestions(customerId);
  if (suggestions.isError)
    return <Alert color="red">Follow-ups could not be loaded: {suggestions.error.message}</Alert>;
  if (!suggestions.data || suggestions.data.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="customer-follow-ups-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="customer-follow-ups-title">
          Suggested follow-ups
        </Title>
        <SuggestionList rows={suggestions.data} label="Suggested follow-ups" showName={false} />
      </Stack>
    </Paper>
  );
}
