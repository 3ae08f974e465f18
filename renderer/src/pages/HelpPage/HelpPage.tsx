import { List, Stack, Text, Title } from '@mantine/core';
import { useMessages } from '../../i18n/use-messages.ts';
import { AboutSection } from './AboutSection.tsx';
import { messages } from './HelpPage.messages.ts';
import { RichText } from './RichText.tsx';

/** One page, plain words: what the app does for the shop and why it shows what it shows (F1). */
export function HelpPage() {
  const m = useMessages(messages);
  return (
    <Stack maw={720} gap="lg">
      <Title order={1}>{m.title}</Title>

      <section aria-labelledby="help-counter">
        <Title order={2} id="help-counter" mb="xs">
          {m.counterTitle}
        </Title>
        <List spacing={4}>
          <List.Item>
            <RichText text={m.counterFind} />
          </List.Item>
          <List.Item>
            <RichText text={m.counterLog} />
          </List.Item>
          <List.Item>
            <RichText text={m.counterShortcuts} />
          </List.Item>
        </List>
      </section>

      <section aria-labelledby="help-reminders">
        <Title order={2} id="help-reminders" mb="xs">
          {m.remindersTitle}
        </Title>
        <Text>
          <RichText text={m.remindersText} />
        </Text>
      </section>

      <section aria-labelledby="help-loyalty">
        <Title order={2} id="help-loyalty" mb="xs">
          {m.loyaltyTitle}
        </Title>
        <Text>
          <RichText text={m.loyaltyText} />
        </Text>
      </section>

      <section aria-labelledby="help-suggestions">
        <Title order={2} id="help-suggestions" mb="xs">
          {m.suggestionsTitle}
        </Title>
        <Text>
          <RichText text={m.suggestionsText} />
        </Text>
      </section>

      <AboutSection />
    </Stack>
  );
}
