import { Badge, Button, Group, NativeSelect, Text } from '@mantine/core';
import type { CredentialState } from '../../../../shared/domain/auth.ts';
import { STAFF_ROLES, type Staff, type StaffRole } from '../../../../shared/domain/staff.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { useIsOwner } from '../../query/useAuth.ts';
import { notifyFailed } from '../BulkActions/notify.tsx';

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const ROLE_LABELS: Record<StaffRole, string> = { owner: 'Owner', manager: 'Manager', staff: 'Staff' };

interface StaffAccessProps {
  member: Staff;
  credential: CredentialState | undefined;
  onSetPin: (member: Staff) => void;
  onChanged: () => void;
}

/** One person's role, PIN and lockout: what Settings › Staff lets the owner manage beside the profile. */
export function StaffAccess({ member, credential, onSetPin, onChanged }: StaffAccessProps) {
  const call = useCall();
  const isOwner = useIsOwner();
  const hasPin = credential?.secretKind != null;
  const lockedUntil = credential?.lockedUntil ?? null;

  const changeRole = async (role: StaffRole) => {
    try {
      await call('auth:setRole', { staffId: member.id, role });
      onChanged();
    } catch (error) {
      notifyFailed(error, `${member.displayName} keeps the role ${member.role}`);
    }
  };
  const unlock = async () => {
    try {
      await call('auth:unlock', { staffId: member.id });
      onChanged();
    } catch (error) {
      notifyFailed(error, `${member.displayName} is still locked out`);
    }
  };

  return (
    <Group gap="xs" wrap="nowrap">
      {isOwner ? (
        <NativeSelect
          size="xs"
          aria-label={`Role of ${member.displayName}`}
          value={member.role}
          data={STAFF_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
          onChange={(event) => void changeRole(event.currentTarget.value as StaffRole)}
        />
      ) : (
        <Text size="sm">{ROLE_LABELS[member.role]}</Text>
      )}
      {lockedUntil !== null ? (
        <Badge color="red" variant="light">
          Locked until {timeFormat.format(lockedUntil)}
        </Badge>
      ) : (
        <Badge color={hasPin ? 'teal' : 'gray'} variant="outline">
          {hasPin ? 'PIN set' : 'No PIN'}
        </Badge>
      )}
      {member.active && (
        <Button
          size="compact-sm"
          variant="subtle"
          aria-label={`${hasPin ? 'Reset' : 'Set'} the PIN of ${member.displayName}`}
          onClick={() => onSetPin(member)}
        >
          {hasPin ? 'Reset PIN' : 'Set PIN'}
        </Button>
      )}
      {lockedUntil !== null && (
        <Button
          size="compact-sm"
          variant="light"
          aria-label={`Unlock ${member.displayName}`}
          onClick={() => void unlock()}
        >
          Unlock
        </Button>
      )}
    </Group>
  );
}
