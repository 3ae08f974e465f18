import { Button, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useCan } from '../../query/useAuth.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './BulkActions.messages.ts';
import { TagDialog, type TagAction } from './TagDialog.tsx';

interface BulkActionsProps {
  count: number;
  onTag: (tag: string, action: TagAction) => Promise<void>;
  onDelete: () => Promise<void>;
  onClear: () => void;
}

/** What can be done to every selected customer at once; each action offers an undo afterwards. */
export function BulkActions({ count, onTag, onDelete, onClear }: BulkActionsProps) {
  const m = useMessages(messages);
  const [dialog, setDialog] = useState<TagAction | null>(null);
  const [deleting, setDeleting] = useState(false);
  const canTag = useCan('customers.edit');
  const canDelete = useCan('customers.delete');

  const remove = async () => {
    setDeleting(true);
    try {
      await onDelete();
    } finally {
      setDeleting(false);
    }
  };

  return (
    <Paper withBorder p="xs" role="region" aria-label={m.bulkActions}>
      <Group justify="space-between">
        <Text fw={600} role="status">
          {m.selected(count)}
        </Text>
        <Group gap="xs">
          {canTag && (
            <>
              <Button variant="light" onClick={() => setDialog('add')}>
                {m.addTag}
              </Button>
              <Button variant="light" onClick={() => setDialog('remove')}>
                {m.removeTag}
              </Button>
            </>
          )}
          {canDelete && (
            <Button variant="light" color="red" loading={deleting} onClick={() => void remove()}>
              {m.delete}
            </Button>
          )}
          <Button variant="subtle" onClick={onClear}>
            {m.clearSelection}
          </Button>
        </Group>
      </Group>
      <TagDialog action={dialog} count={count} onClose={() => setDialog(null)} onSubmit={onTag} />
    </Paper>
  );
}
