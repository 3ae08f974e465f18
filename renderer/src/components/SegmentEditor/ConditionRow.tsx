import { Button, Fieldset, Group, NativeSelect, TextInput } from '@mantine/core';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { CustomField } from '../../../../shared/domain/custom-field.ts';
import { CONSENT_CHANNELS } from '../../../../shared/domain/customer.ts';
import { RHYTHM_STATUSES } from '../../../../shared/domain/segment.ts';
import { useConsentChannelNames } from '../../format/consent-channels.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import {
  NO_TIER,
  useConditionKindLabels,
  type ConditionValues,
  type SegmentFormValues,
} from './condition-form.ts';
import { messages, problemMessages, rhythmStatusMessages } from './SegmentEditor.messages.ts';

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
  const m = useMessages(messages);
  const problems = useMessages(problemMessages);
  const rhythmLabels = useMessages(rhythmStatusMessages);
  const kindLabels = useConditionKindLabels();
  const channelNames = useConsentChannelNames();
  const within = [
    { value: 'within', label: m.inTheLast },
    { value: 'notWithin', label: m.notInTheLast },
  ];
  const name = <K extends keyof ConditionValues>(key: K) => `conditions.${index}.${key}` as const;
  const error = (key: keyof ConditionValues, label: string) => {
    const message = errors.conditions?.[index]?.[key]?.message;
    return message ? problems.nextToInput(label, message) : undefined;
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
            {select('op', m.customersWho, [
              { value: 'has', label: m.haveTheTag },
              { value: 'lacks', label: m.lackTheTag },
            ])}
            {text('value', m.tag, { maxLength: 40 })}
          </>
        );
      case 'visits':
        return (
          <>
            {text('min', m.atLeastVisits, { inputMode: 'numeric' })}
            {text('max', m.atMostVisits, { inputMode: 'numeric' })}
          </>
        );
      case 'spend':
        return (
          <>
            {text('min', m.atLeastSpend, { inputMode: 'decimal' })}
            {text('max', m.atMostSpend, { inputMode: 'decimal' })}
          </>
        );
      case 'lastVisit':
      case 'firstVisit':
        return (
          <>
            {select('op', values.kind === 'lastVisit' ? m.lastVisit : m.firstVisit, within)}
            {text('days', m.days, { inputMode: 'numeric', w: 90 })}
          </>
        );
      case 'consent':
        return (
          <>
            {select('op', m.customersWho, [
              { value: 'granted', label: m.agreedToContactBy },
              { value: 'notGranted', label: m.notAgreedToContactBy },
            ])}
            {select(
              'value',
              m.channel,
              CONSENT_CHANNELS.map((channel) => ({ value: channel, label: channelNames[channel] })),
            )}
          </>
        );
      case 'customField':
        return (
          <>
            {select('fieldId', m.field, [
              { value: '', label: m.pickAField },
              ...fields.map((f) => ({ value: f.id, label: f.name })),
            ])}
            {select('op', m.is, [
              { value: 'equals', label: m.equalTo },
              { value: 'notEquals', label: m.notEqualTo },
              ...(field?.type === 'number' || field?.type === 'date'
                ? [
                    { value: 'atLeast', label: m.atLeast },
                    { value: 'atMost', label: m.atMost },
                  ]
                : []),
              { value: 'empty', label: m.empty },
              { value: 'notEmpty', label: m.filledIn },
            ])}
            {values.op !== 'empty' &&
              values.op !== 'notEmpty' &&
              (field?.type === 'choice' || field?.type === 'boolean'
                ? select('value', m.value, [
                    { value: '', label: m.pickOne },
                    ...(field.type === 'boolean'
                      ? [
                          { value: 'yes', label: m.yes },
                          { value: 'no', label: m.no },
                        ]
                      : field.choices.map((choice) => ({ value: choice, label: choice }))),
                  ])
                : text('value', m.value, { type: field?.type === 'date' ? 'date' : 'text' }))}
          </>
        );
      case 'npsGroup':
        return select('op', m.latestNps, [
          { value: 'promoter', label: m.promoter },
          { value: 'passive', label: m.passive },
          { value: 'detractor', label: m.detractor },
          { value: 'none', label: m.neverAnswered },
        ]);
      case 'tier':
        return (
          <>
            {select('op', m.loyaltyTier, [
              { value: 'is', label: m.tierIs },
              { value: 'isNot', label: m.tierIsNot },
              { value: 'atLeast', label: m.tierIsAtLeast },
            ])}
            {select('value', m.tier, [
              { value: '', label: tiers === null ? m.noLoyaltyTiers : m.pickATier },
              ...(tiers ?? []).map((tier) => ({ value: tier, label: tier })),
              ...(tiers === null ? [] : [{ value: NO_TIER, label: m.noTier }]),
            ])}
          </>
        );
      case 'rhythm':
        return select(
          'op',
          m.customersWhoAre,
          RHYTHM_STATUSES.map((status) => ({ value: status, label: rhythmLabels[status] })),
        );
      case 'pAlive':
        return (
          <>
            {select('op', m.chanceOfComingBack, [
              { value: 'below', label: m.below },
              { value: 'above', label: m.above },
            ])}
            {text('value', m.percent, { inputMode: 'numeric', w: 90, rightSection: '%' })}
          </>
        );
    }
  };

  return (
    <Fieldset legend={m.condition(index + 1, kindLabels[values.kind])}>
      <Group align="flex-start" gap="sm">
        {inputs()}
        <Button
          variant="subtle"
          color="red"
          mt={25}
          onClick={onRemove}
          aria-label={m.removeCondition(index + 1)}
        >
          {m.remove}
        </Button>
      </Group>
    </Fieldset>
  );
}
