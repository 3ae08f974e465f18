import { Button, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useCan } from '../../query/useAuth.ts';
import { TagDialog, type TagAction } from './TagDialog.tsx';

interface BulkActionsProps {
  count: number;
  onTag: (tag: string, action: TagAction) => Promise<void>;
  onDelete: () => Promise<void>;
  onClear: () => void;
}

/** What can be done to every selected customer at once; each action offers an undo afterwards. */
export function BulkActions({ count, onTag, onDelete, onClear }: BulkActionsProps) {
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
    <Paper withBorder p="xs" role="region" aria-label="Bulk actions">
      <Group justify="space-between">
        <Text fw={600} role="status">
          {count} selected
        </Text>
        <Group gap="xs">
          {canTag && (
            <>
              <Button variant="light" onClick={() => setDialog('add')}>
                Add tag
              </Button>
              <Button variant="light" onClick={() => setDialog('remove')}>
                Remove tag
              </Button>
            </>
          )}
          {canDelete && (
            <Button variant="light" color="red" loading={deleting} onClick={() => void remove()}>
              Delete
            </Button>
          )}
          <Button variant="subtle" onClick={onClear}>
            Clear selection
          </Button>
        </Group>
      </Group>
      <TagDialog action={dialog} count={count} onClose={() => setDialog(null)} onSubmit={onTag} />
    </Paper>
  );
}
