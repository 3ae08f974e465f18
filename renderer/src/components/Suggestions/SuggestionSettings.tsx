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
import { z } from 'zod';
import {
  SUGGESTION_KINDS,
  suggestionSettingsSchema,
  type SuggestionSettings as Settings,
} from '../../../../shared/domain/suggestions.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { pickLanguage } from '../../i18n/define-messages.ts';
import { currentLanguage } from '../../i18n/LanguageProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { useSuggestionOutcomes, useSuggestionSettings } from '../../query/useSuggestions.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
import { NumberField } from '../ReminderSettings/NumberField.tsx';
import { messages, settingLabelMessages, suggestionKindMessages } from './Suggestions.messages.ts';

type NumberSetting = keyof typeof settingLabelMessages;
const NUMBERS = Object.keys(settingLabelMessages) as NumberSetting[];

/**
 * A threshold checked with the core's limits (read from its schema), its message worded when the
 * check fails, in the language on screen then.
 */
function numberSetting(name: NumberSetting) {
  const shared = suggestionSettingsSchema.shape[name];
  const [min, max] = [shared.minValue ?? 0, shared.maxValue ?? Number.MAX_SAFE_INTEGER];
  const error = () => pickLanguage(messages, currentLanguage()).wholeNumberBetween(min, max);
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}
const formSchema = suggestionSettingsSchema.extend(
  Object.fromEntries(NUMBERS.map((name) => [name, numberSetting(name)])) as Record<
    NumberSetting,
    z.ZodNumber
  >,
);

/** Settings › Follow-up suggestions: kinds on and off, thresholds, and what worked. */
export function SuggestionSettings() {
  const m = useMessages(messages);
  const view = useSuggestionSettings();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="suggestion-settings-title">
      <Stack>
        <Title order={2} size="h3" id="suggestion-settings-title">
          {m.followUpSuggestions}
        </Title>
        {view.isError && <Alert color="red">{view.error.message}</Alert>}
        {view.data && <SettingsForm key={JSON.stringify(view.data.settings)} saved={view.data.settings} />}
        <OutcomeTable />
      </Stack>
    </Paper>
  );
}

function SettingsForm({ saved }: { saved: Settings }) {
  const m = useMessages(messages);
  const kindLabels = useMessages(suggestionKindMessages);
  const labels = useMessages(settingLabelMessages);
  const call = useCall();
  const client = useQueryClient();
  const form = useForm<Settings>({ resolver: zodResolver(formSchema), defaultValues: saved });
  const submit = form.handleSubmit(async (values) => {
    try {
      await call('suggestions:updateSettings', values);
      await client.invalidateQueries({ queryKey: queryKeys.suggestionsAll });
      notifyDone(m.settingsSaved);
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
            <Fieldset legend={m.suggest}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                {SUGGESTION_KINDS.map((kind) => (
                  <Checkbox
                    key={kind}
                    label={kindLabels[kind]}
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
          {NUMBERS.map((name) => (
            <NumberField key={name} control={form.control} name={name} label={labels[name]} />
          ))}
        </SimpleGrid>
        {form.formState.errors.root && <Alert color="red">{form.formState.errors.root.message}</Alert>}
        <Button type="submit" loading={form.formState.isSubmitting} maw={200}>
          {m.saveSuggestions}
        </Button>
      </Stack>
    </form>
  );
}

function OutcomeTable() {
  const m = useMessages(messages);
  const kindLabels = useMessages(suggestionKindMessages);
  const outcomes = useSuggestionOutcomes();
  if (!outcomes.data) return null;
  const rows = outcomes.data.rows.filter((row) => row.sent > 0);
  return (
    <Stack gap="xs">
      <Text fw={600}>{m.whatWorked(outcomes.data.outcomeDays)}</Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {m.noneLogged}
        </Text>
      ) : (
        <Table aria-label={m.outcomes}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.kind}</Table.Th>
              <Table.Th>{m.sent}</Table.Th>
              <Table.Th>{m.cameBack}</Table.Th>
              <Table.Th>{m.tooEarly}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.kind}>
                <Table.Td>{kindLabels[row.kind]}</Table.Td>
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
