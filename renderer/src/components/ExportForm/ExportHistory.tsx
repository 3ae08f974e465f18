import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { useStaffById } from '../../query/useStaff.ts';
import { formatNameMessages, messages } from './ExportForm.messages.ts';

/** Every contact list that left the shop: who, when, how, how many. */
export function ExportHistory() {
  const m = useMessages(messages);
  const formatNames = useMessages(formatNameMessages);
  const call = useCall();
  const staff = useStaffById();
  const exports = useQuery({
    queryKey: queryKeys.exportsAll,
    queryFn: () => call('exports:list', { limit: 20 }),
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="export-history-title">
      <Stack>
        <Title order={2} size="h3" id="export-history-title">
          {m.recentExports}
        </Title>
        {exports.isError && <Alert color="red">{exports.error.message}</Alert>}
        {exports.isSuccess && exports.data.length === 0 && <Text c="dimmed">{m.nothingExportedYet}</Text>}
        {exports.isSuccess && exports.data.length > 0 && (
          <Table aria-label={m.recentExports}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.when}</Table.Th>
                <Table.Th>{m.who}</Table.Th>
                <Table.Th>{m.list}</Table.Th>
                <Table.Th>{m.format}</Table.Th>
                <Table.Th>{m.customers}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {exports.data.map((record) => (
                <Table.Tr key={record.id}>
                  <Table.Td>{formatDateTime(record.exportedAt)}</Table.Td>
                  <Table.Td>
                    {record.staffId === null ? '—' : (staff.get(record.staffId)?.displayName ?? '—')}
                  </Table.Td>
                  <Table.Td>{record.preset === 'mailing' ? m.mailingList : m.contactList}</Table.Td>
                  <Table.Td>{formatNames[record.format]}</Table.Td>
                  <Table.Td>{record.rows}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
