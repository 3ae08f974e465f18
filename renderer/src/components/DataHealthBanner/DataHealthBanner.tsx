import { Alert, Button, Code, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useBackupStatus } from '../../query/useBackups.ts';
import { describeBackup } from '../BackupSettings/backup-text.ts';
import { RestoreDialog } from '../BackupSettings/RestoreDialog.tsx';
import { useJobOutcome } from '../BackupSettings/useJobOutcome.ts';

/**
 * Above every page when the database cannot be used normally: found damaged at start (the file
 * is left alone and the latest good backup is offered, two clicks away), or read-only.
 */
export function DataHealthBanner() {
  const status = useBackupStatus();
  const job = useJobOutcome(status.data);
  const [confirming, setConfirming] = useState(false);
  const data = status.data;
  if (!data || data.health === 'ok') return null;

  if (data.health === 'read_only') {
    return (
      <Alert color="yellow" title="Changes cannot be saved" mb="md">
        Regulars may not write in the folder that holds its database (<Code>{data.databasePath}</Code>): it or
        the file is read-only. You can look things up; make the folder writable to save changes again.
      </Alert>
    );
  }

  const latest = data.latest;
  return (
    <Alert color="red" title="Your database file is damaged" mb="md" role="alert">
      <Stack gap="xs">
        <Text size="sm">
          When Regulars started, SQLite’s check found damage in <Code>{data.databasePath}</Code>. Regulars has
          not changed the file and will not save anything to it, so nothing more can be lost.
        </Text>
        {latest ? (
          <>
            <Text size="sm">
              The latest good backup is from {describeBackup(latest)}. Restoring it puts it in place of the
              damaged file, which is kept aside for a rescue.
            </Text>
            <div>
              <Button color="red" onClick={() => setConfirming(true)} disabled={data.running !== null}>
                Restore the latest good backup
              </Button>
            </div>
          </>
        ) : (
          <Text size="sm">
            There is no backup in <Code>{data.folder}</Code> to restore. Keep the damaged file, and ask
            someone who knows SQLite to rescue what they can.
          </Text>
        )}
      </Stack>
      {confirming && latest && (
        <RestoreDialog backup={latest} onClose={() => setConfirming(false)} onStarted={job.watch} />
      )}
    </Alert>
  );
}
