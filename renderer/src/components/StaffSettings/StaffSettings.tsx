import { Badge, Button, Group, Modal, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { STAFF_COLORS, type Staff } from '../../../../shared/domain/staff.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import { useAllStaff } from '../../query/useStaff.ts';
import { StaffAvatar } from '../StaffPicker/StaffAvatar.tsx';
import { SetPinModal } from './SetPinModal.tsx';
import { StaffAccess } from './StaffAccess.tsx';
import { StaffForm, type StaffFormValues } from './StaffForm.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './StaffSettings.messages.ts';

const NEW_STAFF: StaffFormValues = { displayName: '', initials: '', color: 'teal' };

function formValuesOf(staff: Staff): StaffFormValues {
  return {
    displayName: staff.displayName,
    initials: staff.initials,
    color: STAFF_COLORS.find((color) => color === staff.color) ?? 'teal',
  };
}

/** Settings › Staff: who works here. Nobody is deleted: someone who leaves is deactivated and keeps their history. */
export function StaffSettings() {
  const m = useMessages(messages);
  const call = useCall();
  const client = useQueryClient();
  const staff = useAllStaff();
  const [editing, setEditing] = useState<Staff | null>(null);
  const [settingPin, setSettingPin] = useState<Staff | null>(null);
  const headingId = useId();
  const credentials = useQuery({
    queryKey: queryKeys.credentials,
    queryFn: () => call('auth:credentials', {}),
  });
  const credentialOf = new Map((credentials.data ?? []).map((state) => [state.staffId, state]));
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.staffAll });

  const add = async (fields: StaffFormValues) => {
    const created = await call('staff:create', { ...fields, active: true });
    notifications.show({ message: m.added(created.displayName) });
    await refresh();
  };

  const update = async (member: Staff, fields: StaffFormValues & { active: boolean }) => {
    await call('staff:update', { id: member.id, fields });
    await refresh();
  };

  const setActive = async (member: Staff, active: boolean) => {
    try {
      await update(member, { ...formValuesOf(member), active });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: active ? m.notReactivated(member.displayName) : m.notDeactivated(member.displayName),
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <Stack>
        <Title order={2} id={headingId}>
          {m.staffTitle}
        </Title>
        <Text size="sm" c="dimmed">
          {m.staffIntro}
        </Text>
        {staff.isError && <Text c="red">{staff.error.message}</Text>}
        {staff.isSuccess && staff.data.length > 0 && (
          <Table aria-label={m.staffMembers} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.name}</Table.Th>
                <Table.Th>{m.statusColumn}</Table.Th>
                <Table.Th>{m.accessColumn}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{m.actionsColumn}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {staff.data.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <StaffAvatar staff={member} />
                      <Text size="sm" c={member.active ? undefined : 'dimmed'}>
                        {member.displayName}
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      variant={member.active ? 'light' : 'outline'}
                      color={member.active ? 'teal' : 'gray'}
                    >
                      {member.active ? m.active : m.inactive}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <StaffAccess
                      member={member}
                      credential={credentialOf.get(member.id)}
                      onSetPin={setSettingPin}
                      onChanged={() => void client.invalidateQueries({ queryKey: queryKeys.credentials })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-label={m.editName(member.displayName)}
                        onClick={() => setEditing(member)}
                      >
                        {m.edit}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color={member.active ? 'red' : undefined}
                        aria-label={
                          member.active
                            ? m.deactivateName(member.displayName)
                            : m.reactivateName(member.displayName)
                        }
                        onClick={() => void setActive(member, !member.active)}
                      >
                        {member.active ? m.deactivate : m.reactivate}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            {m.addStaffMember}
          </Title>
          <StaffForm
            name={m.addStaffMember}
            initial={NEW_STAFF}
            submitLabel={m.addStaffMemberButton}
            save={add}
            resetAfterSave
          />
        </Paper>
        <SetPinModal member={settingPin} onClose={() => setSettingPin(null)} />
        <Modal opened={editing !== null} onClose={() => setEditing(null)} title={m.editStaffMember} size="lg">
          {editing && (
            <StaffForm
              key={editing.id}
              name={m.editStaffMember}
              initial={formValuesOf(editing)}
              submitLabel={m.saveChanges}
              save={async (fields) => {
                await update(editing, { ...fields, active: editing.active });
                setEditing(null);
              }}
              onCancel={() => setEditing(null)}
            />
          )}
        </Modal>
      </Stack>
    </section>
  );
}
