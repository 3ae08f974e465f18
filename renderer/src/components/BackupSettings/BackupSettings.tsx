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
import { customersText, formatBytes, KIND_LABELS } from './backup-text.ts';
import { RestoreDialog } from './RestoreDialog.tsx';
import { SecondCopyForm } from './SecondCopyForm.tsx';
import { useJobOutcome } from './useJobOutcome.ts';

/**
 * Settings → Backups: every backup with its date, size and customers; "Back up now"; a restore
 * from any of them in two clicks (Restore, then confirm); and the optional second copy.
 */
export function BackupSettings() {
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
      notifyFailed(error, 'The backup did not start');
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="backup-settings-title">
      <Stack>
        <Title order={2} size="h3" id="backup-settings-title">
          Backups
        </Title>
        <Text size="sm" c="dimmed">
          Regulars backs up when it starts and every day while it runs, checks every copy, and keeps one a day
          for a week, one a week for a month and one a month for a year.
          {status.data && (
            <>
              {' '}
              They are in <Code>{status.data.folder}</Code>.
            </>
          )}
        </Text>
        {status.isError && <Alert color="red">{status.error.message}</Alert>}
        <Group>
          <Button
            onClick={() => void backUp()}
            loading={running === 'backup'}
            disabled={running !== null || damaged}
          >
            Back up now
          </Button>
          {running === 'restore' && (
            <Group gap="xs" role="status">
              <Loader size="sm" />
              <Text size="sm">Restoring…</Text>
            </Group>
          )}
        </Group>
        {status.data?.lastOutcome && (
          <Alert color={status.data.lastOutcome.ok ? 'teal' : 'red'} aria-label="Last backup or restore">
            {formatDateTime(status.data.lastOutcome.at)}: {status.data.lastOutcome.message}
          </Alert>
        )}
        {list.isError && <Alert color="red">{list.error.message}</Alert>}
        {list.isSuccess && list.data.length === 0 && <Text>No backups yet.</Text>}
        {list.isSuccess && list.data.length > 0 && (
          <Table aria-label="Backups" verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Taken</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Size</Table.Th>
                <Table.Th>Customers</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((backup) => (
                <Table.Tr key={backup.file}>
                  <Table.Td>{formatDateTime(backup.takenAt)}</Table.Td>
                  <Table.Td>{KIND_LABELS[backup.kind]}</Table.Td>
                  <Table.Td>{formatBytes(backup.bytes)}</Table.Td>
                  <Table.Td>{customersText(backup.customers)}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant="light"
                      disabled={running !== null || backup.customers === null}
                      onClick={() => setRestoring(backup)}
                      aria-label={`Restore the backup of ${formatDateTime(backup.takenAt)}`}
                    >
                      Restore
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
