import { Badge } from '@mantine/core';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './LoyaltyBadge.messages.ts';

/** Colours climb with the tier, so Gold stands out from Regular at a glance. */
const COLORS = ['gray', 'teal', 'blue', 'grape', 'orange', 'yellow'] as const;

/** The customer's loyalty tier, wherever the customer appears; nothing without a tier. */
export function LoyaltyBadge({
  tier,
  size = 'sm',
}: {
  tier: { rank: number; name: string } | null;
  size?: 'sm' | 'md' | 'lg';
}) {
  const m = useMessages(messages);
  if (!tier) return null;
  return (
    <Badge
      size={size}
      variant="light"
      color={COLORS[Math.min(tier.rank, COLORS.length - 1)] ?? 'gray'}
      title={m.loyaltyTier(tier.name)}
      aria-label={m.loyaltyTier(tier.name)}
      style={{ flexShrink: 0 }}
    >
      {tier.name}
    </Badge>
  );
}
