import { Group, Text } from '@mantine/core';
import { useLoyaltyStatus } from '../../query/useLoyalty.ts';
import { LoyaltyBadge } from '../LoyaltyBadge/LoyaltyBadge.tsx';

/** Beside the customer's name: the tier and the points, once the shop has a program. */
export function HeaderLoyaltyBadge({ customerId }: { customerId: string }) {
  const status = useLoyaltyStatus(customerId);
  if (!status.isSuccess || !status.data.enrolled) return null;
  return (
    <Group gap={6} wrap="nowrap">
      <LoyaltyBadge tier={status.data.tier} size="lg" />
      <Text size="sm" c="dimmed">
        {status.data.balance.toLocaleString()} points
      </Text>
    </Group>
  );
}
