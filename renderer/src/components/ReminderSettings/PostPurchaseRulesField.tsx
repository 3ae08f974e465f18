import { Button, CloseButton, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useFieldArray, type Control, type UseFormRegister } from 'react-hook-form';
import { INTERACTION_KINDS } from '../../../../shared/domain/interaction.ts';
import { useInteractionKindLabels } from '../../format/interaction-kinds.ts';
import { NumberField } from './NumberField.tsx';
import type { ReminderFormValues } from './reminder-settings-form.ts';

interface Props {
  control: Control<ReminderFormValues>;
  register: UseFormRegister<ReminderFormValues>;
}

/** "N days after a purchase (or another kind of interaction), remind me to follow up." */
export function PostPurchaseRulesField({ control, register }: Props) {
  const rules = useFieldArray({ control, name: 'postPurchaseRules' });
  const kindLabels = useInteractionKindLabels();
  const KIND_OPTIONS = INTERACTION_KINDS.map((kind) => ({ value: kind, label: kindLabels[kind] }));
  return (
    <Fieldset legend="Follow-ups after an interaction">
      <Stack gap="xs">
        {rules.fields.length === 0 && (
          <Text size="sm" c="dimmed">
            No rules yet.
          </Text>
        )}
        {rules.fields.map((rule, index) => (
          <Group key={rule.id} align="flex-start" gap="xs" role="group" aria-label={`Rule ${index + 1}`}>
            <NumberField
              control={control}
              name={`postPurchaseRules.${index}.days`}
              label="Days after"
              w={110}
              allowDecimal={false}
            />
            <Controller
              control={control}
              name={`postPurchaseRules.${index}.kind`}
              render={({ field }) => (
                <NativeSelect
                  label="a"
                  data={KIND_OPTIONS}
                  w={150}
                  value={field.value}
                  onChange={field.onChange}
                />
              )}
            />
            <TextInput
              label="Note"
              placeholder="Ask how the colour holds"
              maxLength={200}
              style={{ flex: 1 }}
              {...register(`postPurchaseRules.${index}.note`)}
            />
            <CloseButton
              mt={28}
              aria-label={`Remove rule ${index + 1}`}
              onClick={() => rules.remove(index)}
            />
          </Group>
        ))}
        <Button
          variant="default"
          size="compact-sm"
          maw={160}
          onClick={() => rules.append({ kind: 'purchase', days: 3, note: '' })}
        >
          Add a follow-up rule
        </Button>
      </Stack>
    </Fieldset>
  );
}
