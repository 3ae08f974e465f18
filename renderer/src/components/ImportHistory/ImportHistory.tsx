import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useBridge, useCall } from '../../bridge/BridgeProvider.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { UndoImportButton } from '../ImportWizard/UndoImportButton.tsx';
import { kindMessages, messages } from './ImportHistory.messages.ts';

/** The latest imports with their counts; each can be undone as one step. */
export function ImportHistory() {
  const m = useMessages(messages);
  const kindNames = useMessages(kindMessages);
  const call = useCall();
  const bridge = useBridge();
  const imports = useQuery({
    queryKey: queryKeys.importsAll,
    queryFn: () => call('imports:list', { limit: 20 }),
  });
  const { refetch } = imports;
  // An import from the command line shows up here too.
  useEffect(() => bridge.on('imports:changed', () => void refetch()), [bridge, refetch]);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-history-title">
      <Stack>
        <Title order={2} size="h3" id="import-history-title">
          {m.recentImports}
        </Title>
        {imports.isError && <Alert color="red">{imports.error.message}</Alert>}
        {imports.isSuccess && imports.data.length === 0 && <Text c="dimmed">{m.nothingImportedYet}</Text>}
        {imports.isSuccess && imports.data.length > 0 && (
          <Table aria-label={m.recentImports}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.when}</Table.Th>
                <Table.Th>{m.file}</Table.Th>
                <Table.Th>{m.what}</Table.Th>
                <Table.Th>{m.result}</Table.Th>
                <Table.Th>{m.undo}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {imports.data.map((record) => (
                <Table.Tr key={record.id}>
                  <Table.Td>{formatDateTime(record.importedAt)}</Table.Td>
                  <Table.Td>{record.fileName}</Table.Td>
                  <Table.Td>{kindNames[record.kind]}</Table.Td>
                  <Table.Td>
                    {m.counts(record.imported, record.updated, record.skipped, record.rejected)}
                  </Table.Td>
                  <Table.Td>
                    {record.undoneAt === null ? (
                      <UndoImportButton importId={record.id} label={m.undoImportOf(record.fileName)} />
                    ) : (
                      <Text size="sm">{m.undone(formatDateTime(record.undoneAt))}</Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
