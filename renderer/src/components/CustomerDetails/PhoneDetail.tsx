import { Group, Text, Tooltip } from '@mantine/core';
import type { Customer } from '../../../../shared/domain/customer.ts';

export const UNREADABLE_PHONE = 'Could not read this number';

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
  if (!customer.phone) return <Text>—</Text>;
  return (
    <Group gap={6} wrap="nowrap">
      <Text>{customer.phone}</Text>
      {customer.phoneFlagged && (
        <Tooltip label={UNREADABLE_PHONE} withArrow>
          <Text
            component="span"
            c="orange"
            role="img"
            aria-label={UNREADABLE_PHONE}
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
