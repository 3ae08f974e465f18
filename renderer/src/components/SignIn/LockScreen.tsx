import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { SignInForm } from './SignInForm.tsx';

/** Nobody is signed in (first start, a lock, or the idle timer): the PIN is the way in. */
export function LockScreen() {
  return (
    <Center mih="100dvh" p="md">
      <Paper withBorder p="xl" maw={460} w="100%" component="main">
        <Stack>
          <Title order={1}>Regulars is locked</Title>
          <Text c="dimmed">Choose your name and enter your PIN.</Text>
          <SignInForm submitLabel="Sign in" />
        </Stack>
      </Paper>
    </Center>
  );
}
