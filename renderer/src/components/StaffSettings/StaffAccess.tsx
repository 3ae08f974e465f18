import { Badge, Button, Group, NativeSelect, Text } from '@mantine/core';
import type { CredentialState } from '../../../../shared/domain/auth.ts';
import { STAFF_ROLES, type Staff, type StaffRole } from '../../../../shared/domain/staff.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { useIsOwner } from '../../query/useAuth.ts';
import { notifyFailed } from '../BulkActions/notify.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { useRoleNames } from './role-names.ts';
import { messages } from './StaffSettings.messages.ts';

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

interface StaffAccessProps {
  member: Staff;
  credential: CredentialState | undefined;
  onSetPin: (member: Staff) => void;
  onChanged: () => void;
}

/** One person's role, PIN and lockout: what Settings › Staff lets the owner manage beside the profile. */
export function StaffAccess({ member, credential, onSetPin, onChanged }: StaffAccessProps) {
  const m = useMessages(messages);
  const roleNames = useRoleNames();
  const call = useCall();
  const isOwner = useIsOwner();
  const hasPin = credential?.secretKind != null;
  const lockedUntil = credential?.lockedUntil ?? null;

  const changeRole = async (role: StaffRole) => {
    try {
      await call('auth:setRole', { staffId: member.id, role });
      onChanged();
    } catch (error) {
      notifyFailed(error, m.keepsRole(member.displayName, roleNames[member.role]));
    }
  };
  const unlock = async () => {
    try {
      await call('auth:unlock', { staffId: member.id });
      onChanged();
    } catch (error) {
      notifyFailed(error, m.stillLockedOut(member.displayName));
    }
  };

  return (
    <Group gap="xs" wrap="nowrap">
      {isOwner ? (
        <NativeSelect
          size="xs"
          aria-label={m.roleOf(member.displayName)}
          value={member.role}
          data={STAFF_ROLES.map((role) => ({ value: role, label: roleNames[role] }))}
          onChange={(event) => void changeRole(event.currentTarget.value as StaffRole)}
        />
      ) : (
        <Text size="sm">{roleNames[member.role]}</Text>
      )}
      {lockedUntil !== null ? (
        <Badge color="red" variant="light">
          {m.lockedUntil(timeFormat.format(lockedUntil))}
        </Badge>
      ) : (
        <Badge color={hasPin ? 'teal' : 'gray'} variant="outline">
          {hasPin ? m.pinSet : m.noPin}
        </Badge>
      )}
      {member.active && (
        <Button
          size="compact-sm"
          variant="subtle"
          aria-label={hasPin ? m.resetPinOf(member.displayName) : m.setPinOf(member.displayName)}
          onClick={() => onSetPin(member)}
        >
          {hasPin ? m.resetPin : m.setPin}
        </Button>
      )}
      {lockedUntil !== null && (
        <Button
          size="compact-sm"
          variant="light"
          aria-label={m.unlockName(member.displayName)}
          onClick={() => void unlock()}
        >
          {m.unlock}
        </Button>
      )}
    </Group>
  );
}
