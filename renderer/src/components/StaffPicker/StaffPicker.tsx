import { Anchor, Group, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Staff } from '../../../../shared/domain/staff.ts';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import { useAllStaff, useSession } from '../../query/useStaff.ts';
import { StaffAvatar } from './StaffAvatar.tsx';

/**
 * Who is at the counter, in the top bar: whoever is chosen is stamped on every entry and change
 * until someone else is. Only active staff can be chosen.
 */
export function StaffPicker() {
  const call = useCall();
  const client = useQueryClient();
  const staff = useAllStaff();
  const session = useSession();
  const choose = useMutation({
    mutationFn: (staffId: string | null) => call('session:setStaff', { staffId }),
    onSuccess: (answer) => client.setQueryData(queryKeys.session, answer),
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Staff not switched', message: error.message }),
  });

  const active = staff.data?.filter((member) => member.active) ?? [];
  const byId = new Map<string, Staff>(active.map((member) => [member.id, member]));
  const currentId = session.data?.currentStaffId ?? null;
  const current = currentId === null ? undefined : byId.get(currentId);

  if (staff.isSuccess && active.length === 0) {
    return (
      <Anchor component={Link} to={paths.settings} size="sm">
        Add staff
      </Anchor>
    );
  }

  return (
    <Select
      aria-label="Staff at the counter"
      placeholder="Who is at the counter?"
      w={220}
      size="sm"
      data={active.map((member) => ({ value: member.id, label: member.displayName }))}
      value={current?.id ?? null}
      onChange={(staffId) => choose.mutate(staffId)}
      clearable
      allowDeselect={false}
      leftSection={current ? <StaffAvatar staff={current} size={22} /> : undefined}
      renderOption={({ option }) => {
        const member = byId.get(option.value);
        return (
          <Group gap="xs" wrap="nowrap">
            {member && <StaffAvatar staff={member} size={22} />}
            <Text size="sm">{option.label}</Text>
          </Group>
        );
      }}
    />
  );
}
