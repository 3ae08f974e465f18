import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './DemoShop.messages.ts';
import { useDemoAction, useDemoStatus } from './useDemo.ts';

/**
 * Settings → Demo café: load a generated shop into an empty Regulars to see every screen with
 * something true to show, and remove it in one click when the real shop begins.
 */
export function DemoShopSettings() {
  const m = useMessages(messages);
  const status = useDemoStatus();
  const create = useDemoAction('demo:create');
  const remove = useDemoAction('demo:remove');
  const active = status.data?.active === true;
  const failure = create.error ?? remove.error;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="demo-settings-title">
      <Stack>
        <Title order={2} size="h3" id="demo-settings-title">
          {m.demoCafe}
        </Title>
        <Text size="sm" c="dimmed">
          {active ? m.holdsDemo(status.data?.customers ?? 0) : m.tryDemo}
        </Text>
        {failure && (
          <Alert color="red" role="alert">
            {failure.message}
          </Alert>
        )}
        <Group>
          {active ? (
            <Button color="red" variant="light" loading={remove.isPending} onClick={() => remove.mutate()}>
              {m.removeDemo}
            </Button>
          ) : (
            <Button variant="default" loading={create.isPending} onClick={() => create.mutate()}>
              {m.loadDemo}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
