import { Kbd, List, Stack, Text, Title } from '@mantine/core';
import { AboutSection } from './AboutSection.tsx';

/** One page, plain words: what the app does for the shop and why it shows what it shows (F1). */
export function HelpPage() {
  return (
    <Stack maw={720} gap="lg">
      <Title order={1}>Help</Title>

      <section aria-labelledby="help-counter">
        <Title order={2} id="help-counter" mb="xs">
          At the counter
        </Title>
        <List spacing={4}>
          <List.Item>
            <Kbd>Ctrl</Kbd> + <Kbd>K</Kbd> (<Kbd>⌘</Kbd> + <Kbd>K</Kbd> on a Mac) finds anyone: part of the
            name, the last digits of the phone, the e-mail, the customer code or a tag. <Kbd>Enter</Kbd> opens
            the customer; a second <Kbd>Enter</Kbd> starts logging.
          </List.Item>
          <List.Item>
            On the customer page, type the amount and press <Kbd>Enter</Kbd>: a visit is logged with whoever
            is at the counter. Anything logged can be edited or deleted, with Undo.
          </List.Item>
          <List.Item>
            <Kbd>Ctrl</Kbd> + <Kbd>N</Kbd> adds a customer, <Kbd>Ctrl</Kbd> + <Kbd>1</Kbd> shows Today,{' '}
            <Kbd>Ctrl</Kbd> + <Kbd>2</Kbd> the customer list, <Kbd>F1</Kbd> this page.
          </List.Item>
        </List>
      </section>

      <section aria-labelledby="help-reminders">
        <Title order={2} id="help-reminders" mb="xs">
          Reminders: who is due back
        </Title>
        <Text>
          Regulars learns each customer’s rhythm from their own visits: the usual gap between visits is the
          middle value of their last ten gaps. When that much time has passed the customer is <em>due</em>; at
          one and a half times they are <em>overdue</em>. A new visit resets it at once. Someone who came only
          once gets the shop’s typical gap, and the page says so. From the whole shop’s history it also
          estimates how likely each customer is still a regular, and how many visits to expect in the next 30
          and 90 days. Birthdays, follow-ups after a purchase and reminders you set yourself appear on Today
          too, one row per customer with every reason.
        </Text>
      </section>

      <section aria-labelledby="help-loyalty">
        <Title order={2} id="help-loyalty" mb="xs">
          Loyalty: points, tiers and rewards
        </Title>
        <Text>
          Customers earn points by what they spend or by visiting, under the program you set in Settings.
          Every change of points is a line in the customer’s ledger, so any balance can be explained to the
          cent; a corrected or deleted purchase gives its points back with a new line, never by rewriting an
          old one. Tiers follow points, spend or visits over the last 12 months, and the customer page says
          what is missing for the next one. Changing the program shows first who would change tier, and never
          changes points already earned.
        </Text>
      </section>

      <section aria-labelledby="help-suggestions">
        <Title order={2} id="help-suggestions" mb="xs">
          Suggestions: who to contact and what to say
        </Title>
        <Text>
          Today suggests a short list of personal follow-ups: thank a first-time customer, ask how a purchase
          went, win back someone overdue, tell someone their reward is ready. A complaint or a low score that
          nobody has answered comes first. Each suggestion says why, with the numbers behind it, and offers a
          drafted message you can edit. Nothing is sent on its own: you choose, and a message only goes by a
          channel the customer agreed to.
        </Text>
      </section>

      <AboutSection />
    </Stack>
  );
}
