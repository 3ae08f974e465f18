import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { paths } from '../../app/paths.ts';
import { queryKeys } from '../../query/query-keys.ts';

export function TodayPage() {
  const call = useCall();
  const count = useQuery({
    queryKey: queryKeys.customerCount,
    queryFn: () => call('customers:list', { limit: 1, offset: 0 }),
    select: (page) => page.total,
  });

  return (
    <Stack maw={720}>
      <Title order={1}>Today</Title>
      <Text>
        This page will soon show who is due back, whose birthday is coming, which complaint still needs
        closing and who just earned a reward.
      </Text>
      <Paper withBorder p="md">
        <Text size="sm" c="dimmed">
          Customers on file
        </Text>
        <Text size="xl" fw={700}>
          {count.isSuccess ? count.data : '…'}
        </Text>
      </Paper>
      <Group>
        <Button component={Link} to={paths.customers}>
          Find a customer
        </Button>
        <Anchor component={Link} to={paths.newCustomer}>
          New customer
        </Anchor>
      </Group>
    </Stack>
  );
}
