import { Button, Fieldset, Group, NativeSelect, TextInput } from '@mantine/core';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { CustomField } from '../../../../shared/domain/custom-field.ts';
import { CONSENT_CHANNELS } from '../../../../shared/domain/customer.ts';
import { RHYTHM_STATUSES, RHYTHM_STATUS_TEXT } from '../../../../shared/domain/segment.ts';
import { fieldMessage } from '../../format/messages.ts';
import { CONDITION_FORMS, NO_TIER, type ConditionValues, type SegmentFormValues } from './condition-form.ts';

interface ConditionRowProps {
  index: number;
  values: ConditionValues;
  fields: readonly CustomField[];
  /** The tiers of the loyalty program in force, lowest first; null: no program (or no tiers). */
  tiers: readonly string[] | null;
  register: UseFormRegister<SegmentFormValues>;
  errors: FieldErrors<SegmentFormValues>;
  onRemove: () => void;
}

const WITHIN = [
  { value: 'within', label: 'in the last' },
  { value: 'notWithin', label: 'not in the last (but has visited)' },
];

/** One condition of a segment, its inputs shaped by its kind. */
export function ConditionRow({
  index,
  values,
  fields,
  tiers,
  register,
  errors,
  onRemove,
}: ConditionRowProps) {
  const name = <K extends keyof ConditionValues>(key: K) => `conditions.${index}.${key}` as const;
  const error = (key: keyof ConditionValues, label: string) => {
    const message = errors.conditions?.[index]?.[key]?.message;
    return message ? fieldMessage(label, message) : undefined;
  };
  const text = (key: 'value' | 'min' | 'max' | 'days', label: string, extra: object = {}) => (
    <TextInput label={label} error={error(key, label)} {...extra} {...register(name(key))} />
  );
  const select = (
    key: 'op' | 'value' | 'fieldId',
    label: string,
    data: { value: string; label: string }[],
  ) => <NativeSelect label={label} data={data} error={error(key, label)} {...register(name(key))} />;
  const field = fields.find((candidate) => candidate.id === values.fieldId);

  const inputs = () => {
    switch (values.kind) {
      case 'tag':
        return (
          <>
            {select('op', 'Customers who', [
              { value: 'has', label: 'have the tag' },
              { value: 'lacks', label: 'do not have the tag' },
            ])}
            {text('value', 'Tag', { maxLength: 40 })}
          </>
        );
      case 'visits':
        return (
          <>
            {text('min', 'At least (visits)', { inputMode: 'numeric' })}
            {text('max', 'At most (visits)', { inputMode: 'numeric' })}
          </>
        );
      case 'spend':
        return (
          <>
            {text('min', 'At least (total spend)', { inputMode: 'decimal' })}
            {text('max', 'At most (total spend)', { inputMode: 'decimal' })}
          </>
        );
      case 'lastVisit':
      case 'firstVisit':
        return (
          <>
            {select('op', values.kind === 'lastVisit' ? 'Last visit' : 'First visit', WITHIN)}
            {text('days', 'Days', { inputMode: 'numeric', w: 90 })}
          </>
        );
      case 'consent':
        return (
          <>
            {select('op', 'Customers who', [
              { value: 'granted', label: 'agreed to contact by' },
              { value: 'notGranted', label: 'have not agreed to contact by' },
            ])}
            {select(
              'value',
              'Channel',
              CONSENT_CHANNELS.map((channel) => ({ value: channel, label: channel })),
            )}
          </>
        );
      case 'customField':
        return (
          <>
            {select('fieldId', 'Field', [
              { value: '', label: 'Pick a field' },
              ...fields.map((f) => ({ value: f.id, label: f.name })),
            ])}
            {select('op', 'Is', [
              { value: 'equals', label: 'equal to' },
              { value: 'notEquals', label: 'not equal to' },
              ...(field?.type === 'number' || field?.type === 'date'
                ? [
                    { value: 'atLeast', label: 'at least' },
                    { value: 'atMost', label: 'at most' },
                  ]
                : []),
              { value: 'empty', label: 'empty' },
              { value: 'notEmpty', label: 'filled in' },
            ])}
            {values.op !== 'empty' &&
              values.op !== 'notEmpty' &&
              (field?.type === 'choice' || field?.type === 'boolean'
                ? select('value', 'Value', [
                    { value: '', label: 'Pick one' },
                    ...(field.type === 'boolean'
                      ? [
                          { value: 'yes', label: 'Yes' },
                          { value: 'no', label: 'No' },
                        ]
                      : field.choices.map((choice) => ({ value: choice, label: choice }))),
                  ])
                : text('value', 'Value', { type: field?.type === 'date' ? 'date' : 'text' }))}
          </>
        );
      case 'npsGroup':
        return select('op', 'Latest NPS answer', [
          { value: 'promoter', label: 'promoter (9–10)' },
          { value: 'passive', label: 'passive (7–8)' },
          { value: 'detractor', label: 'detractor (0–6)' },
          { value: 'none', label: 'never answered' },
        ]);
      case 'tier':
        return (
          <>
            {select('op', 'Loyalty tier', [
              { value: 'is', label: 'is' },
              { value: 'isNot', label: 'is not' },
              { value: 'atLeast', label: 'is at least' },
            ])}
            {select('value', 'Tier', [
              { value: '', label: tiers === null ? 'No loyalty tiers' : 'Pick a tier' },
              ...(tiers ?? []).map((tier) => ({ value: tier, label: tier })),
              ...(tiers === null ? [] : [{ value: NO_TIER, label: 'no tier' }]),
            ])}
          </>
        );
      case 'rhythm':
        return select(
          'op',
          'Customers who are',
          RHYTHM_STATUSES.map((status) => ({ value: status, label: RHYTHM_STATUS_TEXT[status] })),
        );
      case 'pAlive':
        return (
          <>
            {select('op', 'Chance of coming back', [
              { value: 'below', label: 'below' },
              { value: 'above', label: 'above' },
            ])}
            {text('value', 'Percent', { inputMode: 'numeric', w: 90, rightSection: '%' })}
          </>
        );
    }
  };

  return (
    <Fieldset legend={`Condition ${index + 1}: ${CONDITION_FORMS[values.kind].label}`}>
      <Group align="flex-start" gap="sm">
        {inputs()}
        <Button
          variant="subtle"
          color="red"
          mt={25}
          onClick={onRemove}
          aria-label={`Remove condition ${index + 1}`}
        >
          Remove
        </Button>
      </Group>
    </Fieldset>
  );
}
