import { Checkbox, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import {
  ADJUSTABLE_ROLES,
  PERMISSION_LABELS,
  PERMISSIONS,
  type AdjustableRole,
  type Permission,
} from '../../../../shared/domain/permissions.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import { notifyFailed } from '../BulkActions/notify.tsx';

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const ROLE_TITLES: Record<AdjustableRole, string> = { manager: 'Manager', staff: 'Staff' };

/** Roles × permissions, the owner's alone: what managers and staff may do. Owners may do everything. */
export function PermissionMatrix() {
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
      notifyFailed(error, 'The permission was not changed');
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} id={headingId}>
          Roles and permissions
        </Title>
        <Text size="sm" c="dimmed">
          What each role may do; it applies at once to everyone in it. Owners may always do everything.
        </Text>
        {matrix.isError && <Text c="red">{matrix.error.message}</Text>}
        {matrix.isSuccess && (
          <Table aria-label="Permissions by role" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>May…</Table.Th>
                <Table.Th>Owner</Table.Th>
                {ADJUSTABLE_ROLES.map((role) => (
                  <Table.Th key={role}>{ROLE_TITLES[role]}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {PERMISSIONS.map((permission) => (
                <Table.Tr key={permission}>
                  <Table.Td>{capitalized(PERMISSION_LABELS[permission])}</Table.Td>
                  <Table.Td>
                    <Checkbox
                      checked
                      disabled
                      aria-label={`Owner may ${PERMISSION_LABELS[permission]}`}
                      onChange={() => undefined}
                    />
                  </Table.Td>
                  {ADJUSTABLE_ROLES.map((role) => (
                    <Table.Td key={role}>
                      <Checkbox
                        aria-label={`${ROLE_TITLES[role]} may ${PERMISSION_LABELS[permission]}`}
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
