import { Group, Text, Tooltip } from '@mantine/core';
import type { Customer } from '../../../../shared/domain/customer.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './CustomerDetails.messages.ts';

/** A triangle with an exclamation mark, drawn here rather than pulling in an icon library. */
function WarningIcon() {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M12 3 2 21h20L12 3z" strokeLinejoin="round" />
      <path d="M12 10v5M12 18v.01" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The number as typed. One the shop's country rules could not read is kept, never dropped, and
 * marked, so someone can fix it; the mark says why to a screen reader as well as on hover.
 */
export function PhoneDetail({ customer }: { customer: Pick<Customer, 'phone' | 'phoneFlagged'> }) {
  const m = useMessages(messages);
  if (!customer.phone) return <Text>—</Text>;
  return (
    <Group gap={6} wrap="nowrap">
      <Text>{customer.phone}</Text>
      {customer.phoneFlagged && (
        <Tooltip label={m.unreadablePhone} withArrow>
          <Text
            component="span"
            c="orange"
            role="img"
            aria-label={m.unreadablePhone}
            tabIndex={0}
            style={{ display: 'inline-flex' }}
          >
            <WarningIcon />
          </Text>
        </Tooltip>
      )}
    </Group>
  );
}
