import {
  Alert,
  Button,
  Code,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import type { BackupInfo } from '../../../../shared/ipc/channels/backups.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { useBackupList, useBackupStatus } from '../../query/useBackups.ts';
import { notifyFailed } from '../BulkActions/notify.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { formatBytes, useBackupText } from './backup-text.ts';
import { messages } from './BackupSettings.messages.ts';
import { RestoreDialog } from './RestoreDialog.tsx';
import { SecondCopyForm } from './SecondCopyForm.tsx';
import { useJobOutcome } from './useJobOutcome.ts';
import { withSlot } from './with-slot.tsx';

/**
 * Settings → Backups: every backup with its date, size and customers; "Back up now"; a restore
 * from any of them in two clicks (Restore, then confirm); and the optional second copy.
 */
export function BackupSettings() {
  const m = useMessages(messages);
  const { kindLabels, customersText, outcomeText } = useBackupText();
  const call = useCall();
  const status = useBackupStatus();
  const list = useBackupList();
  const job = useJobOutcome(status.data);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const running = status.data?.running ?? null;
  const damaged = status.data?.health === 'damaged';

  const backUp = async () => {
    try {
      await call('backups:create', {});
      job.watch();
    } catch (error) {
      notifyFailed(error, m.backupDidNotStart);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="backup-settings-title">
      <Stack>
        <Title order={2} size="h3" id="backup-settings-title">
          {m.title}
        </Title>
        <Text size="sm" c="dimmed">
          {m.intro}
          {status.data && <> {withSlot(m.theyAreIn, <Code>{status.data.folder}</Code>)}</>}
        </Text>
        {status.isError && <Alert color="red">{status.error.message}</Alert>}
        <Group>
          <Button
            onClick={() => void backUp()}
            loading={running === 'backup'}
            disabled={running !== null || damaged}
          >
            {m.backUpNow}
          </Button>
          {running === 'restore' && (
            <Group gap="xs" role="status">
              <Loader size="sm" />
              <Text size="sm">{m.restoring}</Text>
            </Group>
          )}
        </Group>
        {status.data?.lastOutcome && (
          <Alert color={status.data.lastOutcome.ok ? 'teal' : 'red'} aria-label={m.lastOutcome}>
            {formatDateTime(status.data.lastOutcome.at)}: {outcomeText(status.data.lastOutcome.message)}
          </Alert>
        )}
        {list.isError && <Alert color="red">{list.error.message}</Alert>}
        {list.isSuccess && list.data.length === 0 && <Text>{m.noBackupsYet}</Text>}
        {list.isSuccess && list.data.length > 0 && (
          <Table aria-label={m.backupsTable} verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.taken}</Table.Th>
                <Table.Th>{m.kind}</Table.Th>
                <Table.Th>{m.size}</Table.Th>
                <Table.Th>{m.customers}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{m.actions}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((backup) => (
                <Table.Tr key={backup.file}>
                  <Table.Td>{formatDateTime(backup.takenAt)}</Table.Td>
                  <Table.Td>{kindLabels[backup.kind]}</Table.Td>
                  <Table.Td>{formatBytes(backup.bytes)}</Table.Td>
                  <Table.Td>{customersText(backup.customers)}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant="light"
                      disabled={running !== null || backup.customers === null}
                      onClick={() => setRestoring(backup)}
                      aria-label={m.restoreBackupOf(formatDateTime(backup.takenAt))}
                    >
                      {m.restore}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <SecondCopyForm outcome={status.data?.secondCopy ?? null} />
      </Stack>
      {restoring && (
        <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} onStarted={job.watch} />
      )}
    </Paper>
  );
}
