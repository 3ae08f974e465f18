import { Avatar, Group, Text } from '@mantine/core';
import type { Staff } from '../../../../shared/domain/staff.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './StaffPicker.messages.ts';

/** The staff member's initials in their colour; decorative next to their name. */
export function StaffAvatar({ staff, size = 24 }: { staff: Staff; size?: number }) {
  return (
    <Avatar size={size} radius="xl" color={staff.color} variant="filled" aria-hidden="true">
      {staff.initials}
    </Avatar>
  );
}

/** Who did it: initials badge and name; someone who has left is still named, and marked so. */
export function StaffStamp({ staff }: { staff: Staff }) {
  const m = useMessages(messages);
  return (
    <Group gap={6} wrap="nowrap">
      <StaffAvatar staff={staff} size={22} />
      <Text size="sm" c={staff.active ? undefined : 'dimmed'}>
        {staff.displayName}
        {!staff.active && m.inactiveMark}
      </Text>
    </Group>
  );
}
