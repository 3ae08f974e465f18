import { Button, Group, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './ShopSettings.messages.ts';

/** The shop's name as messages to customers sign it ({shopName} in follow-up templates). */
export function ShopNameField({ saved }: { saved: string }) {
  const m = useMessages(messages);
  const call = useCall();
  const client = useQueryClient();
  const [name, setName] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setError(null);
    setSaving(true);
    try {
      const next = await call('settings:update', { shopName: name });
      client.setQueryData(queryKeys.settings, next);
      notifyDone(m.shopNameSaved);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Group align="flex-end">
        <TextInput
          label={m.shopName}
          description={m.shopNameHint}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={error}
          maw={420}
          style={{ flex: 1 }}
        />
        <Button type="submit" variant="default" loading={saving} disabled={name.trim() === saved}>
          {m.saveName}
        </Button>
      </Group>
    </form>
  );
}
