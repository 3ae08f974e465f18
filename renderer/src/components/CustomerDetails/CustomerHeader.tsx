import { Button, Group, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { fullName, type Customer } from '../../../../shared/domain/customer.ts';
import { paths } from '../../app/paths.ts';
import { HeaderLoyaltyBadge } from '../LoyaltySection/HeaderLoyaltyBadge.tsx';
import { useCan } from '../../query/useAuth.ts';
import { CustomerDetails } from './CustomerDetails.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './CustomerDetails.messages.ts';
import { PinnedNotes } from './PinnedNotes.tsx';

/** Who this is: name, the notes nobody may miss, then how to reach them and their tags. */
export function CustomerHeader({ customer }: { customer: Customer }) {
  const m = useMessages(messages);
  const canEdit = useCan('customers.edit');
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Group gap="sm" align="center">
          <Title order={1}>{fullName(customer)}</Title>
          <div data-testid="loyalty-badge-slot">
            <HeaderLoyaltyBadge customerId={customer.id} />
          </div>
        </Group>
        {canEdit && (
          <Button variant="default" component={Link} to={paths.editCustomer(customer.id)}>
            {m.edit}
          </Button>
        )}
      </Group>
      {customer.notes && <PinnedNotes notes={customer.notes} />}
      <CustomerDetails customer={customer} />
    </Stack>
  );
}
