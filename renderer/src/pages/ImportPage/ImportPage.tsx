import { Paper, Stack, Text, Title } from '@mantine/core';
import { ImportHistory } from '../../components/ImportHistory/ImportHistory.tsx';
import { ImportWizard } from '../../components/ImportWizard/ImportWizard.tsx';

export function ImportPage() {
  return (
    <Stack maw={1100}>
      <Title order={1}>Import</Title>
      <Text c="dimmed">
        Bring customers in from a spreadsheet, a phone or another system, and purchase history from a till.
        Nothing is saved until you say so, and a whole import can be undone.
      </Text>
      <Paper withBorder p="md">
        <ImportWizard />
      </Paper>
      <ImportHistory />
    </Stack>
  );
}
