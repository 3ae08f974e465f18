import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import {
  SUGGESTION_KIND_LABELS,
  SUGGESTION_KINDS,
  suggestionSettingsSchema,
  type SuggestionSettings as Settings,
} from '../../../../shared/domain/suggestions.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import { useSuggestionOutcomes, useSuggestionSettings } from '../../query/useSuggestions.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
import { NumberField } from '../ReminderSettings/NumberField.tsx';

const NUMBERS: [keyof Settings, string][] = [
  ['recencyDays', 'Not again within (days of a contact)'],
  ['outcomeDays', 'Came back within (days)'],
  ['closeLoopWithinDays', 'Close the loop on complaints of the last (days)'],
  ['thankYouWithinDays', 'Thank a first visit within (days)'],
  ['feedbackAfterDays', 'Ask for feedback after a purchase (days)'],
  ['winBackMinVisits', 'Win back regulars with at least (visits)'],
  ['loyaltyNudgeDays', 'Reward and tier nudges after a visit within (days)'],
  ['nearTierPercent', 'Close to the next tier: missing at most (%)'],
  ['birthdayDaysAhead', 'Birthday greetings ahead (days)'],
  ['staffLeftMinVisits', 'Usual staff member left: served at least (visits)'],
];

/** Settings › Follow-up suggestions: kinds on and off, thresholds, and what worked. */
export function SuggestionSettings() {
  const view = useSuggestionSettings();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="suggestion-settings-title">
      <Stack>
        <Title order={2} size="h3" id="suggestion-settings-title">
          Follow-up suggestions
        </Title>
        {view.isError && <Alert color="red">{view.error.message}</Alert>}
        {view.data && <SettingsForm key={JSON.stringify(view.data.settings)} saved={view.data.settings} />}
        <OutcomeTable />
      </Stack>
    </Paper>
  );
}

function SettingsForm({ saved }: { saved: Settings }) {
  const call = useCall();
  const client = useQueryClient();
  const form = useForm<Settings>({ resolver: zodResolver(suggestionSettingsSchema), defaultValues: saved });
  const submit = form.handleSubmit(async (values) => {
    try {
      await call('suggestions:updateSettings', values);
      await client.invalidateQueries({ queryKey: queryKeys.suggestionsAll });
      notifyDone('Suggestion settings saved.');
    } catch (failure) {
      form.setError('root', { message: failure instanceof Error ? failure.message : String(failure) });
    }
  });
  return (
    <form onSubmit={(event) => void submit(event)}>
      <Stack>
        <Controller
          control={form.control}
          name="disabledKinds"
          render={({ field }) => (
            <Fieldset legend="Suggest">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                {SUGGESTION_KINDS.map((kind) => (
                  <Checkbox
                    key={kind}
                    label={SUGGESTION_KIND_LABELS[kind]}
                    checked={!field.value.includes(kind)}
                    onChange={(event) =>
                      field.onChange(
                        event.currentTarget.checked
                          ? field.value.filter((k) => k !== kind)
                          : [...field.value, kind],
                      )
                    }
                  />
                ))}
              </SimpleGrid>
            </Fieldset>
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {NUMBERS.map(([name, label]) => (
            <NumberField key={name} control={form.control} name={name} label={label} />
          ))}
        </SimpleGrid>
        {form.formState.errors.root && <Alert color="red">{form.formState.errors.root.message}</Alert>}
        <Button type="submit" loading={form.formState.isSubmitting} maw={200}>
          Save suggestions
        </Button>
      </Stack>
    </form>
  );
}

function OutcomeTable() {
  const outcomes = useSuggestionOutcomes();
  if (!outcomes.data) return null;
  const rows = outcomes.data.rows.filter((row) => row.sent > 0);
  return (
    <Stack gap="xs">
      <Text fw={600}>What worked (a visit within {outcomes.data.outcomeDays} days)</Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No follow-ups logged from suggestions yet.
        </Text>
      ) : (
        <Table aria-label="Follow-up outcomes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Sent</Table.Th>
              <Table.Th>Came back</Table.Th>
              <Table.Th>Too early to say</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.kind}>
                <Table.Td>{SUGGESTION_KIND_LABELS[row.kind]}</Table.Td>
                <Table.Td>{row.sent}</Table.Td>
                <Table.Td>{row.cameBack}</Table.Td>
                <Table.Td>{row.pending}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
