import { Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { CustomerForm } from '../../components/CustomerForm/CustomerForm.tsx';
import { invalidateCustomers } from '../../query/invalidate-customers.ts';
import { updateCachedCustomer } from '../../query/update-cached-customer.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './NewCustomerPage.messages.ts';

export function NewCustomerPage() {
  const m = useMessages(messages);
  const call = useCall();
  const client = useQueryClient();
  const navigate = useNavigate();

  return (
    <Stack maw={860}>
      <Title order={1}>{m.title}</Title>
      <CustomerForm
        save={(fields) => call('customers:create', fields)}
        onSaved={(customer) => {
          updateCachedCustomer(client, customer);
          void invalidateCustomers(client, []);
          void navigate(paths.customer(customer.id));
        }}
        onCancel={() => void navigate(paths.customers)}
      />
    </Stack>
  );
}
