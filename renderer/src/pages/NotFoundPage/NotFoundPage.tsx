import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './NotFoundPage.messages.ts';

export function NotFoundPage() {
  const m = useMessages(messages);
  return (
    <Stack>
      <Title order={1}>{m.title}</Title>
      <Text>{m.nothingHere}</Text>
      <Anchor component={Link} to={paths.today}>
        {m.backToToday}
      </Anchor>
    </Stack>
  );
}
