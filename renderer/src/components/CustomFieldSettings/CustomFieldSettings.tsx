import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { CustomField } from '../../../../shared/domain/custom-field.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import { useCustomFields } from '../../query/useCustomFields.ts';
import { notifyFailed } from '../BulkActions/notify.tsx';
import { AddCustomFieldForm } from './AddCustomFieldForm.tsx';
import { EditCustomFieldModal } from './EditCustomFieldModal.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './CustomFieldSettings.messages.ts';
import { useTypeLabels } from './field-types.ts';

/** Settings → Custom fields: what the owner wants to know about customers beyond the usual. */
export function CustomFieldSettings() {
  const m = useMessages(messages);
  const typeLabels = useTypeLabels();
  const call = useCall();
  const client = useQueryClient();
  const fields = useCustomFields(true);
  const [editing, setEditing] = useState<CustomField | null>(null);
  const refresh = () => void client.invalidateQueries({ queryKey: queryKeys.customFieldsAll });

  const setArchived = async (field: CustomField, archived: boolean) => {
    try {
      await call('customFields:update', { id: field.id, archived });
      refresh();
    } catch (error) {
      notifyFailed(error, archived ? m.notArchived : m.notBroughtBack);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="custom-fields-title">
      <Stack>
        <Title order={2} size="h3" id="custom-fields-title">
          {m.title}
        </Title>
        <Text size="sm" c="dimmed">
          {m.intro}
        </Text>
        {fields.isError && <Alert color="red">{fields.error.message}</Alert>}
        {fields.isSuccess && fields.data.length > 0 && (
          <Table aria-label={m.title} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.name}</Table.Th>
                <Table.Th>{m.type}</Table.Th>
                <Table.Th>{m.choices}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{m.actions}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.data.map((field) => (
                <Table.Tr key={field.id}>
                  <Table.Td>
                    <Group gap="xs">
                      {field.name}
                      {field.archived && (
                        <Badge size="sm" color="gray" variant="light">
                          {m.archived}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{typeLabels[field.type]}</Table.Td>
                  <Table.Td>{field.choices.join(', ')}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button size="compact-sm" variant="default" onClick={() => setEditing(field)}>
                        {m.rename}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        onClick={() => void setArchived(field, !field.archived)}
                      >
                        {field.archived ? m.unarchive : m.archive}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {fields.isSuccess && fields.data.length === 0 && <Text>{m.noFieldsYet}</Text>}
        <AddCustomFieldForm onAdded={refresh} />
      </Stack>
      {editing && (
        <EditCustomFieldModal
          key={editing.id}
          field={editing}
          onClose={() => setEditing(null)}
          onSaved={refresh}
        />
      )}
    </Paper>
  );
}
