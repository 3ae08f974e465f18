import { Paper, Stack, Text, Title } from '@mantine/core';
import { ImportHistory } from '../../components/ImportHistory/ImportHistory.tsx';
import { ImportWizard } from '../../components/ImportWizard/ImportWizard.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './ImportPage.messages.ts';

export function ImportPage() {
  const m = useMessages(messages);
  return (
    <Stack maw={1100}>
      <Title order={1}>{m.title}</Title>
      <Text c="dimmed">{m.intro}</Text>
      <Paper withBorder p="md">
        <ImportWizard />
      </Paper>
      <ImportHistory />
    </Stack>
  );
}
