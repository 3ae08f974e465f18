import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';

export function CustomerNotFound() {
  return (
    <Stack>
      <Title order={1}>Customer not found</Title>
      <Text>There is no customer at this address. The link may be old, or the customer was removed.</Text>
      <Anchor component={Link} to={paths.customers}>
        Back to customers
      </Anchor>
    </Stack>
  );
}
