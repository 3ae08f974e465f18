import { Button, Group, NativeSelect, Paper, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import type { CustomField } from '../../../../shared/domain/custom-field.ts';
import { CONSENT_CHANNELS, type ConsentChannel } from '../../../../shared/domain/customer.ts';
import { fieldMessage } from '../../format/messages.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { useChannelShortNames } from '../CustomerForm/consent-choice.ts';
import { messages } from './CustomerFilters.messages.ts';
import { EMPTY_FILTER_VALUES, type FilterErrors, type FilterValues } from './filter-values.ts';

interface CustomerFiltersProps {
  values: FilterValues;
  errors: FilterErrors;
  fields: readonly CustomField[];
  onChange: (values: FilterValues) => void;
}

function isConsent(value: string): value is ConsentChannel {
  return (CONSENT_CHANNELS as readonly string[]).includes(value);
}

/** The input for "custom field equals …", shaped by the field's type. */
function FieldValueInput({
  field,
  value,
  error,
  onChange,
}: {
  field: CustomField;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const m = useMessages(messages);
  const label = m.equals(field.name);
  if (field.type === 'boolean' || field.type === 'choice') {
    const options =
      field.type === 'boolean'
        ? [
            { value: 'yes', label: m.yes },
            { value: 'no', label: m.no },
          ]
        : field.choices.map((choice) => ({ value: choice, label: choice }));
    return (
      <NativeSelect
        label={label}
        data={[{ value: '', label: m.any }, ...options]}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    );
  }
  return (
    <TextInput
      label={label}
      type={field.type === 'date' ? 'date' : 'text'}
      inputMode={field.type === 'number' ? 'decimal' : undefined}
      maxLength={1000}
      value={value}
      error={error && fieldMessage(label, error)}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

/** Narrows the customers list; every filter is evaluated in SQLite by customers:list. */
export function CustomerFilters({ values, errors, fields, onChange }: CustomerFiltersProps) {
  const m = useMessages(messages);
  const channelNames = useChannelShortNames();
  const consentOptions = [
    { value: '', label: m.any },
    ...CONSENT_CHANNELS.map((channel) => ({ value: channel, label: channelNames[channel] })),
  ];
  const set = <K extends keyof FilterValues>(key: K, value: FilterValues[K]) =>
    onChange({ ...values, [key]: value });
  const field = fields.find((candidate) => candidate.id === values.fieldId);

  return (
    <Paper withBorder p="sm" component="section" aria-label={m.filters}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
        <TagsInput
          label={m.tags}
          description={m.tagsHint}
          maxTags={10}
          value={values.tags}
          onChange={(tags) => set('tags', tags)}
        />
        <TextInput
          label={m.lastVisitFrom}
          type="date"
          value={values.lastVisitFrom}
          onChange={(event) => set('lastVisitFrom', event.currentTarget.value)}
        />
        <TextInput
          label={m.lastVisitTo}
          type="date"
          value={values.lastVisitTo}
          onChange={(event) => set('lastVisitTo', event.currentTarget.value)}
        />
        <NativeSelect
          label={m.consent}
          description={m.consentHint}
          data={consentOptions}
          value={values.consent}
          onChange={(event) => {
            const consent = event.currentTarget.value;
            set('consent', isConsent(consent) ? consent : '');
          }}
        />
        <TextInput
          label={m.spendFrom}
          inputMode="decimal"
          placeholder={m.amountPlaceholder}
          value={values.spendMin}
          error={errors.spendMin && fieldMessage(m.spendFrom, errors.spendMin)}
          onChange={(event) => set('spendMin', event.currentTarget.value)}
        />
        <TextInput
          label={m.spendTo}
          inputMode="decimal"
          placeholder={m.amountPlaceholder}
          value={values.spendMax}
          error={errors.spendMax && fieldMessage(m.spendTo, errors.spendMax)}
          onChange={(event) => set('spendMax', event.currentTarget.value)}
        />
        {fields.length > 0 && (
          <NativeSelect
            label={m.customField}
            data={[
              { value: '', label: m.none },
              ...fields.map((candidate) => ({ value: candidate.id, label: candidate.name })),
            ]}
            value={values.fieldId}
            onChange={(event) => onChange({ ...values, fieldId: event.currentTarget.value, fieldValue: '' })}
          />
        )}
        {field && (
          <FieldValueInput
            key={field.id}
            field={field}
            value={values.fieldValue}
            error={errors.fieldValue}
            onChange={(fieldValue) => set('fieldValue', fieldValue)}
          />
        )}
      </SimpleGrid>
      <Group justify="flex-end" mt="xs">
        <Button variant="subtle" size="compact-sm" onClick={() => onChange(EMPTY_FILTER_VALUES)}>
          {m.clearFilters}
        </Button>
      </Group>
    </Paper>
  );
}
