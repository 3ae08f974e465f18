import { Alert, Button, Code, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useBackupStatus } from '../../query/useBackups.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { useBackupText } from '../BackupSettings/backup-text.ts';
import { RestoreDialog } from '../BackupSettings/RestoreDialog.tsx';
import { useJobOutcome } from '../BackupSettings/useJobOutcome.ts';
import { withSlot } from '../BackupSettings/with-slot.tsx';
import { messages } from './DataHealthBanner.messages.ts';

/**
 * Above every page when the database cannot be used normally: found damaged at start (the file
 * is left alone and the latest good backup is offered, two clicks away), or read-only.
 */
export function DataHealthBanner() {
  const m = useMessages(messages);
  const { describeBackup } = useBackupText();
  const status = useBackupStatus();
  const job = useJobOutcome(status.data);
  const [confirming, setConfirming] = useState(false);
  const data = status.data;
  if (!data || data.health === 'ok') return null;

  if (data.health === 'read_only') {
    return (
      <Alert color="yellow" title={m.readOnlyTitle} mb="md">
        {withSlot(m.readOnly, <Code>{data.databasePath}</Code>)}
      </Alert>
    );
  }

  const latest = data.latest;
  return (
    <Alert color="red" title={m.damagedTitle} mb="md" role="alert">
      <Stack gap="xs">
        <Text size="sm">{withSlot(m.damaged, <Code>{data.databasePath}</Code>)}</Text>
        {latest ? (
          <>
            <Text size="sm">{m.latestGood(describeBackup(latest))}</Text>
            <div>
              <Button color="red" onClick={() => setConfirming(true)} disabled={data.running !== null}>
                {m.restoreLatest}
              </Button>
            </div>
          </>
        ) : (
          <Text size="sm">{withSlot(m.noBackup, <Code>{data.folder}</Code>)}</Text>
        )}
      </Stack>
      {confirming && latest && (
        <RestoreDialog backup={latest} onClose={() => setConfirming(false)} onStarted={job.watch} />
      )}
    </Alert>
  );
}
