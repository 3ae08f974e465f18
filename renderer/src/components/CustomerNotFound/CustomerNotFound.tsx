import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './CustomerNotFound.messages.ts';

export function CustomerNotFound() {
  const m = useMessages(messages);
  return (
    <Stack>
      <Title order={1}>{m.title}</Title>
      <Text>{m.explain}</Text>
      <Anchor component={Link} to={paths.customers}>
        {m.back}
      </Anchor>
    </Stack>
  );
}
