import { memo } from 'react';
import { fullName, type CustomerSummary } from '../../../../shared/domain/customer.ts';
import { formatDate } from '../../format/dates.ts';
import { LoyaltyBadge } from '../LoyaltyBadge/LoyaltyBadge.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import classes from './Spotlight.module.css';
import { messages } from './Spotlight.messages.ts';

interface SpotlightResultProps {
  id: string;
  customer: CustomerSummary;
  index: number;
  active: boolean;
  onHover: (index: number) => void;
  onChoose: (customer: CustomerSummary) => void;
}

/**
 * One match: enough to tell two Annas apart at a glance (phone, tags, last visit). Plain elements
 * styled by the module rather than Mantine's Text and Badge, and memoized: the rows are painted on
 * every keystroke at the counter, where each millisecond between key and matches counts.
 */
export const SpotlightResult = memo(function SpotlightResult({
  id,
  customer,
  index,
  active,
  onHover,
  onChoose,
}: SpotlightResultProps) {
  const m = useMessages(messages);
  const contact = [customer.phone, customer.email].filter(Boolean).join(' · ');
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      data-active={active || undefined}
      className={classes.option}
      onMouseMove={active ? undefined : () => onHover(index)}
      // Keeps the cursor in the search field: the keyboard stays in charge.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onChoose(customer)}
    >
      <div className={classes.main}>
        <div className={classes.nameRow}>
          <span className={classes.name}>{fullName(customer)}</span>
          <LoyaltyBadge tier={customer.loyaltyTier} />
        </div>
        <div className={classes.contact}>{contact}</div>
      </div>
      <div className={classes.tags}>
        {customer.tags.slice(0, 3).map((tag) => (
          <span key={tag} className={classes.tag}>
            {tag}
          </span>
        ))}
      </div>
      <div className={classes.visit}>
        {customer.lastVisitAt === null ? m.noVisitYet : m.lastVisit(formatDate(customer.lastVisitAt))}
      </div>
    </div>
  );
});
