import { Loader, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { fullName } from '../../../../shared/domain/customer.ts';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { CustomerForm } from '../../components/CustomerForm/CustomerForm.tsx';
import { CustomerQueryError } from '../../components/CustomerQueryError/CustomerQueryError.tsx';
import { invalidateCustomers } from '../../query/invalidate-customers.ts';
import { updateCachedCustomer } from '../../query/update-cached-customer.ts';
import { useCustomerProfile } from '../../query/useCustomerProfile.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './EditCustomerPage.messages.ts';

export function EditCustomerPage() {
  const m = useMessages(messages);
  const { id = '' } = useParams();
  const call = useCall();
  const client = useQueryClient();
  const navigate = useNavigate();
  const profile = useCustomerProfile(id);

  if (profile.isError)
    return <CustomerQueryError error={profile.error} retry={() => void profile.refetch()} />;
  if (!profile.isSuccess) return <Loader aria-label={m.loadingCustomer} />;
  const { customer } = profile.data;

  return (
    <Stack maw={860}>
      <Title order={1}>{m.editTitle(fullName(customer))}</Title>
      <CustomerForm
        key={customer.id}
        initial={customer}
        save={(fields) => call('customers:update', { id: customer.id, fields })}
        onSaved={(saved) => {
          updateCachedCustomer(client, saved);
          void invalidateCustomers(client, []);
          void navigate(paths.customer(saved.id));
        }}
        onCancel={() => void navigate(paths.customer(customer.id))}
      />
    </Stack>
  );
}
