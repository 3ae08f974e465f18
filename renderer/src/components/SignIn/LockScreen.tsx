import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './SignIn.messages.ts';
import { SignInForm } from './SignInForm.tsx';

/** Nobody is signed in (first start, a lock, or the idle timer): the PIN is the way in. */
export function LockScreen() {
  const m = useMessages(messages);
  return (
    <Center mih="100dvh" p="md">
      <Paper withBorder p="xl" maw={460} w="100%" component="main">
        <Stack>
          <Title order={1}>{m.locked}</Title>
          <Text c="dimmed">{m.chooseAndEnterPin}</Text>
          <SignInForm submitLabel={m.signIn} />
        </Stack>
      </Paper>
    </Center>
  );
}
