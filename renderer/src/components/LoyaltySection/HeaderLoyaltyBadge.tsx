import { Group, Text } from '@mantine/core';
import { useMessages } from '../../i18n/use-messages.ts';
import { useLoyaltyStatus } from '../../query/useLoyalty.ts';
import { LoyaltyBadge } from '../LoyaltyBadge/LoyaltyBadge.tsx';
import { loyaltyWords } from './LoyaltySection.messages.ts';

/** Beside the customer's name: the tier and the points, once the shop has a program. */
export function HeaderLoyaltyBadge({ customerId }: { customerId: string }) {
  const w = useMessages(loyaltyWords);
  const status = useLoyaltyStatus(customerId);
  if (!status.isSuccess || !status.data.enrolled) return null;
  return (
    <Group gap={6} wrap="nowrap">
      <LoyaltyBadge tier={status.data.tier} size="lg" />
      <Text size="sm" c="dimmed">
        {w.points(status.data.balance)}
      </Text>
    </Group>
  );
}
