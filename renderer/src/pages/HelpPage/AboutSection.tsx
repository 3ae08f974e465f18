import { Alert, Code, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';

/** Which Regulars this is and where its data lives: what anyone helping the shop asks first. */
export function AboutSection() {
  const call = useCall();
  const info = useQuery({ queryKey: queryKeys.appInfo, queryFn: () => call('app:info', {}) });
  return (
    <section aria-labelledby="about-heading">
      <Title order={2} id="about-heading" mb="sm">
        About Regulars
      </Title>
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
    </section>
  );
}
