import { Badge, Group, Text } from '@mantine/core';
import { fullName, type CustomerSummary } from '../../../../shared/domain/customer.ts';
import { formatDate } from '../../format/dates.ts';
import { LoyaltyBadge } from '../LoyaltyBadge/LoyaltyBadge.tsx';
import classes from './Spotlight.module.css';

interface SpotlightResultProps {
  id: string;
  customer: CustomerSummary;
  active: boolean;
  onHover: () => void;
  onChoose: () => void;
}

/** One match: enough to tell two Annas apart at a glance (phone, tags, last visit). */
export function SpotlightResult({ id, customer, active, onHover, onChoose }: SpotlightResultProps) {
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      data-active={active || undefined}
      className={classes.option}
      onMouseMove={active ? undefined : onHover}
      // Keeps the cursor in the search field: the keyboard stays in charge.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
    >
      <div className={classes.main}>
        <Group gap={6} wrap="nowrap">
          <Text fw={600} truncate>
            {fullName(customer)}
          </Text>
          <LoyaltyBadge tier={customer.loyaltyTier} />
        </Group>
        <Text size="sm" c="dimmed" truncate>
          {[customer.phone, customer.email].filter(Boolean).join(' · ')}
        </Text>
      </div>
      <Group gap={4} wrap="nowrap" className={classes.tags}>
        {customer.tags.slice(0, 3).map((tag) => (
          <Badge key={tag} size="sm" variant="outline">
            {tag}
          </Badge>
        ))}
      </Group>
      <Text size="xs" c="dimmed" className={classes.visit}>
        {customer.lastVisitAt === null ? 'No visit yet' : `Last visit ${formatDate(customer.lastVisitAt)}`}
      </Text>
    </div>
  );
}
