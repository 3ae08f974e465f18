import { Alert, Code, Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { CustomFieldSettings } from '../../components/CustomFieldSettings/CustomFieldSettings.tsx';
import { ReminderSettings } from '../../components/ReminderSettings/ReminderSettings.tsx';
import { ShopSettings } from '../../components/ShopSettings/ShopSettings.tsx';
import { StaffSettings } from '../../components/StaffSettings/StaffSettings.tsx';
import { queryKeys } from '../../query/query-keys.ts';

export function SettingsPage() {
  const call = useCall();
  const info = useQuery({ queryKey: queryKeys.appInfo, queryFn: () => call('app:info', {}) });

  return (
    <Stack maw={720}>
      <Title order={1}>Settings</Title>
      <ShopSettings />
      <CustomFieldSettings />
      <StaffSettings />
      <ReminderSettings />
      {info.isError && <Alert color="red">{info.error.message}</Alert>}
      {info.isSuccess && (
        <Table variant="vertical" withTableBorder aria-label="About this installation">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row" w={180}>
                Version
              </Table.Th>
              <Table.Td>{info.data.version}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">Database file</Table.Th>
              <Table.Td>
                <Code>{info.data.databasePath}</Code>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">SQLite version</Table.Th>
              <Table.Td>{info.data.sqliteVersion}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
