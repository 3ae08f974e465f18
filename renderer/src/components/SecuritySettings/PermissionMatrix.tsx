import { Checkbox, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import {
  ADJUSTABLE_ROLES,
  PERMISSIONS,
  type AdjustableRole,
  type Permission,
} from '../../../../shared/domain/permissions.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import { notifyFailed } from '../BulkActions/notify.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { useRoleNames } from '../StaffSettings/role-names.ts';
import { usePermissionLabels } from './permission-labels.ts';
import { messages } from './SecuritySettings.messages.ts';

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Roles × permissions, the owner's alone: what managers and staff may do. Owners may do everything. */
export function PermissionMatrix() {
  const m = useMessages(messages);
  const roleNames = useRoleNames();
  const permissionLabels = usePermissionLabels();
  const call = useCall();
  const client = useQueryClient();
  const headingId = useId();
  const matrix = useQuery({
    queryKey: queryKeys.permissionMatrix,
    queryFn: () => call('auth:permissions', {}),
  });

  const toggle = async (role: AdjustableRole, permission: Permission, granted: boolean) => {
    try {
      client.setQueryData(
        queryKeys.permissionMatrix,
        await call('auth:setPermission', { role, permission, granted }),
      );
    } catch (error) {
      notifyFailed(error, m.permissionNotChanged);
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} id={headingId}>
          {m.rolesAndPermissions}
        </Title>
        <Text size="sm" c="dimmed">
          {m.matrixIntro}
        </Text>
        {matrix.isError && <Text c="red">{matrix.error.message}</Text>}
        {matrix.isSuccess && (
          <Table aria-label={m.permissionsByRole} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.mayColumn}</Table.Th>
                <Table.Th>{roleNames.owner}</Table.Th>
                {ADJUSTABLE_ROLES.map((role) => (
                  <Table.Th key={role}>{roleNames[role]}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {PERMISSIONS.map((permission) => (
                <Table.Tr key={permission}>
                  <Table.Td>{capitalized(permissionLabels[permission])}</Table.Td>
                  <Table.Td>
                    <Checkbox
                      checked
                      disabled
                      aria-label={m.roleMay(roleNames.owner, permissionLabels[permission])}
                      onChange={() => undefined}
                    />
                  </Table.Td>
                  {ADJUSTABLE_ROLES.map((role) => (
                    <Table.Td key={role}>
                      <Checkbox
                        aria-label={m.roleMay(roleNames[role], permissionLabels[permission])}
                        checked={matrix.data[role].includes(permission)}
                        onChange={(event) => void toggle(role, permission, event.currentTarget.checked)}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </section>
  );
}
