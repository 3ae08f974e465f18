import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import type { CustomField } from '../../../../shared/domain/custom-field.ts';
import { INTERACTION_KINDS } from '../../../../shared/domain/interaction.ts';
import type { ReminderSettings } from '../../../../shared/domain/reminder-settings.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { AppCallError } from '../../bridge/call.ts';
import { withoutFieldPrefix } from '../../format/messages.ts';
import { useInteractionKindLabels } from '../../format/interaction-kinds.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
import { NumberField } from './NumberField.tsx';
import { PostPurchaseRulesField } from './PostPurchaseRulesField.tsx';
import { messages } from './ReminderSettings.messages.ts';
import {
  formFieldOf,
  reminderFormSchema,
  toFormValues,
  toUpdate,
  type ReminderFormValues,
} from './reminder-settings-form.ts';

const hourText = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
const HOURS = Array.from({ length: 24 }, (_, hour) => ({ value: String(hour), label: hourText(hour) }));

/** Every reminder setting in one form, checked as the core checks it, saved together. */
export function ReminderSettingsForm({
  settings,
  dateFields,
}: {
  settings: ReminderSettings;
  dateFields: CustomField[];
}) {
  const KIND_LABELS = useInteractionKindLabels();
  const m = useMessages(messages);
  const call = useCall();
  const client = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, register, handleSubmit, setError, formState } = useForm<ReminderFormValues>({
    resolver: zodResolver(reminderFormSchema),
    defaultValues: toFormValues(settings),
  });

  const onValid = async (values: ReminderFormValues) => {
    setFormError(null);
    try {
      const saved = await call('reminders:updateSettings', toUpdate(values));
      client.setQueryData(queryKeys.reminderSettings, (old: { settings: ReminderSettings } | undefined) =>
        old ? { ...old, settings: saved } : old,
      );
      notifyDone(m.saved);
    } catch (error) {
      const field = error instanceof AppCallError ? formFieldOf(error.field) : undefined;
      const message =
        error instanceof Error
          ? withoutFieldPrefix(error.message, error instanceof AppCallError ? (error.field ?? '') : '')
          : String(error);
      if (field)
        setError(field as FieldPath<ReminderFormValues>, { type: 'server', message }, { shouldFocus: true });
      else setFormError(message);
    }
  };

  return (
    <form noValidate aria-label={m.reminderSettings} onSubmit={(event) => void handleSubmit(onValid)(event)}>
      <Stack>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Controller
          control={control}
          name="visitKinds"
          render={({ field, fieldState }) => (
            <Checkbox.Group
              label={m.whatCountsAsVisit}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
            >
              <Group mt="xs">
                {INTERACTION_KINDS.map((kind) => (
                  <Checkbox key={kind} value={kind} label={KIND_LABELS[kind]} />
                ))}
              </Group>
            </Checkbox.Group>
          )}
        />
        <Fieldset legend={m.rhythm}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberField
              control={control}
              name="overdueFactor"
              label={m.overdueAt}
              decimalScale={2}
              step={0.1}
            />
            <NumberField
              control={control}
              name="stopAfterFactor"
              label={m.offTheListAt}
              decimalScale={2}
              step={0.5}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={m.birthdaysAndDates}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberField
              control={control}
              name="birthdayDaysAhead"
              label={m.daysAhead}
              allowDecimal={false}
            />
            <Controller
              control={control}
              name="importantDateFieldIds"
              render={({ field }) => (
                <MultiSelect
                  label={m.dateFields}
                  placeholder={field.value.length === 0 ? m.everyDateField : undefined}
                  data={dateFields.map((f) => ({ value: f.id, label: f.name }))}
                  value={field.value}
                  onChange={field.onChange}
                  disabled={dateFields.length === 0}
                />
              )}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={m.stillARegular}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberField control={control} name="atRiskPercent" label={m.atRiskBelow} allowDecimal={false} />
            <NumberField control={control} name="lostPercent" label={m.goneBelow} allowDecimal={false} />
            <NumberField
              control={control}
              name="atRiskMinVisits"
              label={m.onlyAfterVisits}
              allowDecimal={false}
            />
            <NumberField
              control={control}
              name="minRepeatCustomers"
              label={m.estimateFrom}
              allowDecimal={false}
            />
          </SimpleGrid>
        </Fieldset>
        <PostPurchaseRulesField control={control} register={register} />
        <Controller
          control={control}
          name="notifyHour"
          render={({ field }) => (
            <NativeSelect
              label={m.dailyNotification}
              data={[{ value: '', label: m.noNotification }, ...HOURS]}
              value={field.value}
              onChange={field.onChange}
              maw={240}
            />
          )}
        />
        <Group>
          <Button type="submit" loading={formState.isSubmitting}>
            {m.saveSettings}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
