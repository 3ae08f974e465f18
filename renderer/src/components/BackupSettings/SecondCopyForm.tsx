import { Button, Group, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { BackupStatus } from '../../../../shared/ipc/channels/backups.ts';
import { AppCallError } from '../../bridge/call.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { fieldMessage, withoutFieldPrefix } from '../../format/messages.ts';
import { formatDateTime } from '../../format/dates.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { useBackupSettings } from '../../query/useBackups.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
import { messages } from './BackupSettings.messages.ts';
import { useBackupText } from './backup-text.ts';

/** Where a second copy of every backup goes: a USB stick or a synced folder, checked when saved. */
export function SecondCopyForm({ outcome }: { outcome: BackupStatus['secondCopy'] }) {
  const settings = useBackupSettings();
  if (settings.isError) return <Text c="red">{settings.error.message}</Text>;
  if (!settings.isSuccess) return null;
  // Keyed by the stored folder, so a change made elsewhere (the CLI) starts the field afresh.
  const saved = settings.data.secondCopyFolder;
  return <SecondCopyFields key={saved} saved={saved} outcome={outcome} />;
}

function SecondCopyFields({ saved, outcome }: { saved: string; outcome: BackupStatus['secondCopy'] }) {
  const m = useMessages(messages);
  const { outcomeText } = useBackupText();
  const call = useCall();
  const client = useQueryClient();
  const [folder, setFolder] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const result = await call('backups:updateSettings', { secondCopyFolder: folder.trim() });
      client.setQueryData(queryKeys.backupSettings, result);
      notifyDone(result.secondCopyFolder === '' ? m.noLongerCopied : m.copiedTo(result.secondCopyFolder));
    } catch (failure) {
      const message = failure instanceof Error ? failure.message : String(failure);
      const field = failure instanceof AppCallError ? failure.field : undefined;
      setError(field ? fieldMessage(m.secondCopyFolder, withoutFieldPrefix(message, field)) : message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void save(event)} aria-label={m.secondCopyForm}>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={m.secondCopyFolder}
          description={m.secondCopyDescription}
          placeholder={m.folderPlaceholder}
          value={folder}
          error={error}
          onChange={(event) => {
            setFolder(event.currentTarget.value);
            setError(null);
          }}
          miw={320}
          style={{ flexGrow: 1 }}
        />
        <Button type="submit" variant="default" loading={saving}>
          {m.saveFolder}
        </Button>
      </Group>
      {outcome && (
        <Text size="sm" mt="xs" c={outcome.ok ? 'dimmed' : 'red'}>
          {formatDateTime(outcome.at)}: {outcomeText(outcome.message)}
        </Text>
      )}
    </form>
  );
}
