import { ActionIcon, Button, Group, Stack, TextInput } from '@mantine/core';
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { MAX_TIERS } from '../../../../shared/domain/loyalty/program.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './LoyaltyProgramSettings.messages.ts';
import type { ProgramFormValues } from './program-form-values.ts';

interface ListProps {
  control: Control<ProgramFormValues, unknown, unknown>;
  register: UseFormRegister<ProgramFormValues>;
  errors: FieldErrors<ProgramFormValues>;
}

/** The tiers, lowest first: a name and what it takes to reach it. */
export function TierFields({ control, register, errors, unit }: ListProps & { unit: string }) {
  const m = useMessages(messages);
  const { fields, append, remove } = useFieldArray({ control, name: 'levels' });
  return (
    <Stack gap="xs">
      {fields.map((field, index) => (
        <Group key={field.id} align="flex-start" gap="xs">
          <TextInput
            label={m.tierName(index + 1)}
            error={errors.levels?.[index]?.name?.message}
            {...register(`levels.${index}.name`)}
          />
          <TextInput
            label={m.tierNeeds(index + 1, unit)}
            error={errors.levels?.[index]?.threshold?.message}
            {...register(`levels.${index}.threshold`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={28}
            aria-label={m.removeTier(index + 1)}
            onClick={() => remove(index)}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="default"
        size="xs"
        w="fit-content"
        disabled={fields.length >= MAX_TIERS}
        onClick={() => append({ name: '', threshold: '' })}
      >
        {m.addTier}
      </Button>
    </Stack>
  );
}

/** The rewards catalog: what a customer can spend points on. */
export function RewardFields({ control, register, errors }: ListProps) {
  const m = useMessages(messages);
  const { fields, append, remove } = useFieldArray({ control, name: 'rewards' });
  return (
    <Stack gap="xs">
      {fields.map((field, index) => (
        <Group key={field.id} align="flex-start" gap="xs">
          <TextInput
            label={m.rewardName(index + 1)}
            error={errors.rewards?.[index]?.name?.message}
            {...register(`rewards.${index}.name`)}
          />
          <TextInput
            label={m.rewardCost(index + 1)}
            error={errors.rewards?.[index]?.cost?.message}
            {...register(`rewards.${index}.cost`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={28}
            aria-label={m.removeReward(index + 1)}
            onClick={() => remove(index)}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Button variant="default" size="xs" w="fit-content" onClick={() => append({ name: '', cost: '' })}>
        {m.addReward}
      </Button>
    </Stack>
  );
}
