import { Badge } from '@mantine/core';

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
  if (!tier) return null;
  return (
    <Badge
      size={size}
      variant="light"
      color={COLORS[Math.min(tier.rank, COLORS.length - 1)] ?? 'gray'}
      title={`Loyalty tier: ${tier.name}`}
      aria-label={`Loyalty tier: ${tier.name}`}
      style={{ flexShrink: 0 }}
    >
      {tier.name}
    </Badge>
  );
}
