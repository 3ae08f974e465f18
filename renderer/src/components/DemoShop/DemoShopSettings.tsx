import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDemoAction, useDemoStatus } from './useDemo.ts';

/**
 * Settings → Demo café: load a generated shop into an empty Regulars to see every screen with
 * something true to show, and remove it in one click when the real shop begins.
 */
export function DemoShopSettings() {
  const status = useDemoStatus();
  const create = useDemoAction('demo:create');
  const remove = useDemoAction('demo:remove');
  const active = status.data?.active === true;
  const failure = create.error ?? remove.error;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="demo-settings-title">
      <Stack>
        <Title order={2} size="h3" id="demo-settings-title">
          Demo café
        </Title>
        <Text size="sm" c="dimmed">
          {active
            ? `This Regulars holds the demo café: ${status.data?.customers ?? 0} made-up customers. Removing it erases them and their history; customers you added yourself stay.`
            : 'Try Regulars on a made-up café with two years of regulars, occasional and lapsed customers, complaints, birthdays and loyalty points. It only loads into an empty Regulars.'}
        </Text>
        {failure && (
          <Alert color="red" role="alert">
            {failure.message}
          </Alert>
        )}
        <Group>
          {active ? (
            <Button color="red" variant="light" loading={remove.isPending} onClick={() => remove.mutate()}>
              Remove the demo café
            </Button>
          ) : (
            <Button variant="default" loading={create.isPending} onClick={() => create.mutate()}>
              Load the demo café
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
