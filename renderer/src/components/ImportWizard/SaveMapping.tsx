import { Button, Group, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { headerKey } from '../../../../shared/domain/import-presets.ts';
import type { ImportKind } from '../../../../shared/domain/import-targets.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
import { messages } from './ImportWizard.messages.ts';
import type { WizardSettings } from './wizard-settings.ts';

/** Keeps this file's mapping under a name, to pick as a preset for the next file like it. */
export function SaveMapping({
  kind,
  headers,
  settings,
}: {
  kind: ImportKind;
  headers: readonly string[];
  settings: WizardSettings;
}) {
  const m = useMessages(messages);
  const call = useCall();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    setError(null);
    try {
      const columns = Object.fromEntries(
        headers.map((header, index) => [headerKey(header), settings.mapping[index] ?? 'ignore']),
      );
      const saved = await call('imports:saveMapping', {
        name,
        kind,
        columns,
        tagSeparator: settings.tagSeparator || ',',
      });
      client.setQueryData(queryKeys.savedMappings, saved);
      notifyDone(m.mappingSaved(name.trim()));
      setName('');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <Group align="flex-end">
      <TextInput
        label={m.saveMappingAs}
        placeholder={m.saveMappingPlaceholder}
        value={name}
        maxLength={60}
        onChange={(event) => setName(event.currentTarget.value)}
        error={error}
      />
      <Button variant="light" disabled={name.trim() === ''} onClick={() => void save()}>
        {m.saveMapping}
      </Button>
    </Group>
  );
}
