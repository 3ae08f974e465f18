import { Alert, Button, Code, Group, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { notifyDone, notifyFailed } from '../../components/BulkActions/notify.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import { useIsOwner } from '../../query/useAuth.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './HelpPage.messages.ts';

/** Which Regulars this is and where its data lives: what anyone helping the shop asks first. */
export function AboutSection() {
  const m = useMessages(messages);
  const call = useCall();
  const info = useQuery({ queryKey: queryKeys.appInfo, queryFn: () => call('app:info', {}) });
  // The folder holds the database, its key and the backups: the owner's, as in Settings.
  const isOwner = useIsOwner();

  const showFolder = async () => {
    try {
      const { shown } = await call('app:showDataFolder', {});
      if (!shown) notifyDone(m.cannotShowFolder);
    } catch (error) {
      notifyFailed(error, m.folderDidNotOpen);
    }
  };

  const backUp = async () => {
    try {
      await call('backups:create', {});
      notifyDone(m.backupStarted);
    } catch (error) {
      notifyFailed(error, m.backupDidNotStart);
    }
  };

  return (
    <section aria-labelledby="about-heading">
      <Title order={2} id="about-heading" mb="sm">
        {m.aboutTitle}
      </Title>
      {info.isError && <Alert color="red">{info.error.message}</Alert>}
      {info.isSuccess && (
        <Table variant="vertical" withTableBorder aria-label={m.aboutInstallation}>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row" w={180}>
                {m.version}
              </Table.Th>
              <Table.Td>{info.data.version}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{m.databaseFile}</Table.Th>
              <Table.Td>
                <Code>{info.data.databasePath}</Code>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{m.sqliteVersion}</Table.Th>
              <Table.Td>{info.data.sqliteVersion}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
      {isOwner && (
        <Group mt="sm">
          <Button variant="default" onClick={() => void showFolder()}>
            {m.showInFolder}
          </Button>
          <Button variant="default" onClick={() => void backUp()}>
            {m.backUpNow}
          </Button>
        </Group>
      )}
    </section>
  );
}
