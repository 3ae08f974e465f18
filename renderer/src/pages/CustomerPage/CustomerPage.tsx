import { Button, Group, Loader, Paper, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { fullName } from '../../../../shared/domain/customer.ts';
import type { InteractionInput } from '../../../../shared/domain/interaction.ts';
import type { ChannelOutput } from '../../../../shared/ipc/contract.ts';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { CustomerDetails } from '../../components/CustomerDetails/CustomerDetails.tsx';
import { CustomerQueryError } from '../../components/CustomerQueryError/CustomerQueryError.tsx';
import { InteractionLogForm } from '../../components/InteractionLogForm/InteractionLogForm.tsx';
import { Timeline } from '../../components/Timeline/Timeline.tsx';
import { invalidateCustomers } from '../../query/invalidate-customers.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { useCustomerProfile } from '../../query/useCustomerProfile.ts';

export function CustomerPage() {
  const { id = '' } = useParams();
  const call = useCall();
  const client = useQueryClient();
  const profile = useCustomerProfile(id);

  const log = async (input: InteractionInput) => {
    const interaction = await call('interactions:log', input);
    // On screen at once; the refetch the change event triggers then confirms it.
    client.setQueryData<ChannelOutput<'customers:get'>>(queryKeys.customer(id), (current) =>
      current ? { ...current, interactions: [interaction, ...current.interactions] } : current,
    );
    void invalidateCustomers(client, []);
    return interaction;
  };

  if (profile.isError)
    return <CustomerQueryError error={profile.error} retry={() => void profile.refetch()} />;
  if (!profile.isSuccess) return <Loader aria-label="Loading customer" />;
  const { customer, interactions } = profile.data;

  return (
    <Stack maw={960}>
      <Group justify="space-between" align="flex-start">
        <Title order={1}>{fullName(customer)}</Title>
        <Button variant="default" component={Link} to={paths.editCustomer(customer.id)}>
          Edit
        </Button>
      </Group>
      <CustomerDetails customer={customer} />
      <Paper withBorder p="md">
        <Stack>
          <Title order={2} size="h3">
            Log an interaction
          </Title>
          <InteractionLogForm key={customer.id} customerId={customer.id} log={log} />
        </Stack>
      </Paper>
      <Stack gap="xs">
        <Title order={2} size="h3">
          Timeline
        </Title>
        <Timeline interactions={interactions} />
      </Stack>
    </Stack>
  );
}
