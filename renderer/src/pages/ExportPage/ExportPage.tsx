import { Paper, Stack, Text, Title } from '@mantine/core';
import { ExportForm } from '../../components/ExportForm/ExportForm.tsx';
import { ExportHistory } from '../../components/ExportForm/ExportHistory.tsx';

export function ExportPage() {
  return (
    <Stack maw={960}>
      <Title order={1}>Export</Title>
      <Text c="dimmed">
        Contact lists for a spreadsheet, a phone or a mailing tool. CSV opens in Excel with accents intact,
        and no cell can run as a formula. Every export is recorded below.
      </Text>
      <Paper withBorder p="md">
        <ExportForm />
      </Paper>
      <ExportHistory />
    </Stack>
  );
}
