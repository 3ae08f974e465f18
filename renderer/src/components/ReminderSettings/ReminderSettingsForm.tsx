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
import { queryKeys } from '../../query/query-keys.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
import { NumberField } from './NumberField.tsx';
import { PostPurchaseRulesField } from './PostPurchaseRulesField.tsx';
import {
  formFieldOf,
  reminderFormSchema,
  toFormValues,
  toUpdate,
  type ReminderFormValues,
} from './reminder-settings-form.ts';

const HOURS = [
  { value: '', label: 'No notification' },
  ...Array.from({ length: 24 }, (_, hour) => ({
    value: String(hour),
    label: `${String(hour).padStart(2, '0')}:00`,
  })),
];

/** Every reminder setting in one form, checked as the core checks it, saved together. */
export function ReminderSettingsForm({
  settings,
  dateFields,
}: {
  settings: ReminderSettings;
  dateFields: CustomField[];
}) {
  const KIND_LABELS = useInteractionKindLabels();
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
      notifyDone('Reminder settings saved.');
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
    <form noValidate aria-label="Reminder settings" onSubmit={(event) => void handleSubmit(onValid)(event)}>
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
              label="What counts as a visit"
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
        <Fieldset legend="Rhythm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberField
              control={control}
              name="overdueFactor"
              label="Overdue at (× the usual interval)"
              decimalScale={2}
              step={0.1}
            />
            <NumberField
              control={control}
              name="stopAfterFactor"
              label="Off the list at (× the usual interval)"
              decimalScale={2}
              step={0.5}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Birthdays and other dates">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberField control={control} name="birthdayDaysAhead" label="Days ahead" allowDecimal={false} />
            <Controller
              control={control}
              name="importantDateFieldIds"
              render={({ field }) => (
                <MultiSelect
                  label="Date fields remembered every year"
                  placeholder={field.value.length === 0 ? 'Every date field' : undefined}
                  data={dateFields.map((f) => ({ value: f.id, label: f.name }))}
                  value={field.value}
                  onChange={field.onChange}
                  disabled={dateFields.length === 0}
                />
              )}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Still a regular?">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberField
              control={control}
              name="atRiskPercent"
              label="At risk below (% likely still a regular)"
              allowDecimal={false}
            />
            <NumberField
              control={control}
              name="lostPercent"
              label="Gone below (%), off the list"
              allowDecimal={false}
            />
            <NumberField
              control={control}
              name="atRiskMinVisits"
              label="Only after at least (visits)"
              allowDecimal={false}
            />
            <NumberField
              control={control}
              name="minRepeatCustomers"
              label="Estimate from (customers who came back)"
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
              label="Daily desktop notification"
              data={HOURS}
              value={field.value}
              onChange={field.onChange}
              maw={240}
            />
          )}
        />
        <Group>
          <Button type="submit" loading={formState.isSubmitting}>
            Save reminder settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
