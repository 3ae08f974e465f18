import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { useStaffById } from '../../query/useStaff.ts';

const FORMAT_NAMES = { csv: 'CSV', xlsx: 'Excel', vcard: 'vCard 4.0', vcard3: 'vCard 3.0' } as const;

/** Every contact list that left the shop: who, when, how, how many. */
export function ExportHistory() {
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
          Recent exports
        </Title>
        {exports.isError && <Alert color="red">{exports.error.message}</Alert>}
        {exports.isSuccess && exports.data.length === 0 && <Text c="dimmed">Nothing exported yet.</Text>}
        {exports.isSuccess && exports.data.length > 0 && (
          <Table aria-label="Recent exports">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Who</Table.Th>
                <Table.Th>List</Table.Th>
                <Table.Th>Format</Table.Th>
                <Table.Th>Customers</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {exports.data.map((record) => (
                <Table.Tr key={record.id}>
                  <Table.Td>{formatDateTime(record.exportedAt)}</Table.Td>
                  <Table.Td>
                    {record.staffId === null ? '—' : (staff.get(record.staffId)?.displayName ?? '—')}
                  </Table.Td>
                  <Table.Td>{record.preset === 'mailing' ? 'Mailing list' : 'Contact list'}</Table.Td>
                  <Table.Td>{FORMAT_NAMES[record.format]}</Table.Td>
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
