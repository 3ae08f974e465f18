import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useBridge, useCall } from '../../bridge/BridgeProvider.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { UndoImportButton } from '../ImportWizard/UndoImportButton.tsx';

const KIND_NAMES = {
  customers: 'Customers',
  interactions: 'Purchases and visits',
  vcard: 'vCard contacts',
} as const;

/** The latest imports with their counts; each can be undone as one step. */
export function ImportHistory() {
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
          Recent imports
        </Title>
        {imports.isError && <Alert color="red">{imports.error.message}</Alert>}
        {imports.isSuccess && imports.data.length === 0 && <Text c="dimmed">Nothing imported yet.</Text>}
        {imports.isSuccess && imports.data.length > 0 && (
          <Table aria-label="Recent imports">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>File</Table.Th>
                <Table.Th>What</Table.Th>
                <Table.Th>Result</Table.Th>
                <Table.Th>Undo</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {imports.data.map((record) => (
                <Table.Tr key={record.id}>
                  <Table.Td>{formatDateTime(record.importedAt)}</Table.Td>
                  <Table.Td>{record.fileName}</Table.Td>
                  <Table.Td>{KIND_NAMES[record.kind]}</Table.Td>
                  <Table.Td>
                    {record.imported} new, {record.updated} updated, {record.skipped} skipped,{' '}
                    {record.rejected} rejected
                  </Table.Td>
                  <Table.Td>
                    {record.undoneAt === null ? (
                      <UndoImportButton importId={record.id} label={`Undo import of ${record.fileName}`} />
                    ) : (
                      <Text size="sm">Undone {formatDateTime(record.undoneAt)}</Text>
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
