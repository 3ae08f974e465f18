import { Paper, Stack, Text, Title } from '@mantine/core';
import { ExportForm } from '../../components/ExportForm/ExportForm.tsx';
import { ExportHistory } from '../../components/ExportForm/ExportHistory.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './ExportPage.messages.ts';

export function ExportPage() {
  const m = useMessages(messages);
  return (
    <Stack maw={960}>
      <Title order={1}>{m.title}</Title>
      <Text c="dimmed">{m.intro}</Text>
      <Paper withBorder p="md">
        <ExportForm />
      </Paper>
      <ExportHistory />
    </Stack>
  );
}
