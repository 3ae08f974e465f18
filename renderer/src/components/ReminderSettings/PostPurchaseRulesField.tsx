import { Button, CloseButton, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useFieldArray, type Control, type UseFormRegister } from 'react-hook-form';
import { INTERACTION_KINDS } from '../../../../shared/domain/interaction.ts';
import { useInteractionKindLabels } from '../../format/interaction-kinds.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { NumberField } from './NumberField.tsx';
import { messages } from './ReminderSettings.messages.ts';
import type { ReminderFormValues } from './reminder-settings-form.ts';

interface Props {
  control: Control<ReminderFormValues>;
  register: UseFormRegister<ReminderFormValues>;
}

/** "N days after a purchase (or another kind of interaction), remind me to follow up." */
export function PostPurchaseRulesField({ control, register }: Props) {
  const m = useMessages(messages);
  const rules = useFieldArray({ control, name: 'postPurchaseRules' });
  const kindLabels = useInteractionKindLabels();
  const KIND_OPTIONS = INTERACTION_KINDS.map((kind) => ({ value: kind, label: kindLabels[kind] }));
  return (
    <Fieldset legend={m.followUpsAfter}>
      <Stack gap="xs">
        {rules.fields.length === 0 && (
          <Text size="sm" c="dimmed">
            {m.noRulesYet}
          </Text>
        )}
        {rules.fields.map((rule, index) => (
          <Group key={rule.id} align="flex-start" gap="xs" role="group" aria-label={m.rule(index + 1)}>
            <NumberField
              control={control}
              name={`postPurchaseRules.${index}.days`}
              label={m.daysAfter}
              w={110}
              allowDecimal={false}
            />
            <Controller
              control={control}
              name={`postPurchaseRules.${index}.kind`}
              render={({ field }) => (
                <NativeSelect
                  label={m.afterKind}
                  data={KIND_OPTIONS}
                  w={150}
                  value={field.value}
                  onChange={field.onChange}
                />
              )}
            />
            <TextInput
              label={m.note}
              placeholder={m.notePlaceholder}
              maxLength={200}
              style={{ flex: 1 }}
              {...register(`postPurchaseRules.${index}.note`)}
            />
            <CloseButton mt={28} aria-label={m.removeRule(index + 1)} onClick={() => rules.remove(index)} />
          </Group>
        ))}
        <Button
          variant="default"
          size="compact-sm"
          maw={160}
          onClick={() => rules.append({ kind: 'purchase', days: 3, note: '' })}
        >
          {m.addFollowUpRule}
        </Button>
      </Stack>
    </Fieldset>
  );
}
