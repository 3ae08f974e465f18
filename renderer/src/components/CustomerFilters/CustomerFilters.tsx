import { Button, Group, NativeSelect, Paper, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import type { CustomField } from '../../../../shared/domain/custom-field.ts';
import { CONSENT_CHANNELS, type ConsentChannel } from '../../../../shared/domain/customer.ts';
import { fieldMessage } from '../../format/messages.ts';
import { CONSENT_LABELS } from '../CustomerForm/consent-choice.ts';
import { EMPTY_FILTER_VALUES, type FilterErrors, type FilterValues } from './filter-values.ts';

interface CustomerFiltersProps {
  values: FilterValues;
  errors: FilterErrors;
  fields: readonly CustomField[];
  onChange: (values: FilterValues) => void;
}

const CONSENT_OPTIONS = [
  { value: '', label: 'Any' },
  ...CONSENT_CHANNELS.map((channel) => ({
    value: channel,
    label: CONSENT_LABELS[channel].replace(' consent', ''),
  })),
];

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
  const label = `${field.name} equals`;
  if (field.type === 'boolean' || field.type === 'choice') {
    const options =
      field.type === 'boolean'
        ? [
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]
        : field.choices.map((choice) => ({ value: choice, label: choice }));
    return (
      <NativeSelect
        label={label}
        data={[{ value: '', label: 'Any' }, ...options]}
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
  const set = <K extends keyof FilterValues>(key: K, value: FilterValues[K]) =>
    onChange({ ...values, [key]: value });
  const field = fields.find((candidate) => candidate.id === values.fieldId);

  return (
    <Paper withBorder p="sm" component="section" aria-label="Filters">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
        <TagsInput
          label="Tags"
          description="Customers with every one of these tags"
          maxTags={10}
          value={values.tags}
          onChange={(tags) => set('tags', tags)}
        />
        <TextInput
          label="Last visit from"
          type="date"
          value={values.lastVisitFrom}
          onChange={(event) => set('lastVisitFrom', event.currentTarget.value)}
        />
        <TextInput
          label="Last visit to"
          type="date"
          value={values.lastVisitTo}
          onChange={(event) => set('lastVisitTo', event.currentTarget.value)}
        />
        <NativeSelect
          label="Consent"
          description="Agreed to be contacted by"
          data={CONSENT_OPTIONS}
          value={values.consent}
          onChange={(event) => {
            const consent = event.currentTarget.value;
            set('consent', isConsent(consent) ? consent : '');
          }}
        />
        <TextInput
          label="Spend from"
          inputMode="decimal"
          placeholder="0.00"
          value={values.spendMin}
          error={errors.spendMin && fieldMessage('Spend from', errors.spendMin)}
          onChange={(event) => set('spendMin', event.currentTarget.value)}
        />
        <TextInput
          label="Spend to"
          inputMode="decimal"
          placeholder="0.00"
          value={values.spendMax}
          error={errors.spendMax && fieldMessage('Spend to', errors.spendMax)}
          onChange={(event) => set('spendMax', event.currentTarget.value)}
        />
        {fields.length > 0 && (
          <NativeSelect
            label="Custom field"
            data={[
              { value: '', label: 'None' },
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
          Clear filters
        </Button>
      </Group>
    </Paper>
  );
}
