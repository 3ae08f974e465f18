import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { LoyaltyProgram } from '../../../../shared/domain/loyalty/program.ts';
import type { LoyaltyPreview } from '../../../../shared/domain/loyalty/status.ts';
import { AppCallError } from '../../bridge/call.ts';
import { withoutFieldPrefix } from '../../format/messages.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { RewardFields, TierFields } from './ListFields.tsx';
import { messages, unitMessages } from './LoyaltyProgramSettings.messages.ts';
import { PreviewPanel } from './PreviewPanel.tsx';
import {
  formFieldOf,
  programResolver,
  toFormValues,
  type ProgramFormOutput,
  type ProgramFormValues,
} from './program-form-values.ts';

interface ProgramFormProps {
  current: LoyaltyProgram | undefined;
  preview: (change: ProgramFormOutput) => Promise<LoyaltyPreview>;
  save: (change: ProgramFormOutput) => Promise<void>;
}

const todayStart = () => new Date(new Date().setHours(23, 59, 59, 999)).getTime();

/**
 * The program's settings. Saving takes a preview first: "Preview changes" shows what the change
 * would do, and "Save" saves exactly what was previewed (typing again asks for a new preview).
 */
export function ProgramForm({ current, preview, save }: ProgramFormProps) {
  const m = useMessages(messages);
  const units = useMessages(unitMessages);
  const [previewed, setPreviewed] = useState<{ key: string; result: LoyaltyPreview } | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ProgramFormValues, unknown, ProgramFormOutput>({
    resolver: programResolver(todayStart),
    defaultValues: toFormValues(current),
  });
  const values = useWatch({ control });
  const key = JSON.stringify(values);
  const measure = values.measure ?? 'points';
  const fresh = previewed?.key === key;

  const showServerError = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const field = error instanceof AppCallError && error.field ? error.field : 'pointsPerUnit';
    setError(formFieldOf(field) as keyof ProgramFormValues, { message: withoutFieldPrefix(message, field) });
  };
  const onPreview = handleSubmit(async (change) => {
    try {
      setPreviewed({ key, result: await preview(change) });
    } catch (error) {
      showServerError(error);
    }
  });
  const onSave = handleSubmit(async (change) => {
    try {
      await save(change);
      setPreviewed(null);
    } catch (error) {
      showServerError(error);
    }
  });

  return (
    <form
      aria-label={m.loyaltyProgram}
      onSubmit={(event) => void (fresh ? onSave(event) : onPreview(event))}
      noValidate
    >
      <Stack>
        <Fieldset legend={m.earning}>
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <TextInput
              label={m.points}
              error={errors.pointsPerUnit?.message}
              {...register('pointsPerUnit')}
            />
            <TextInput
              label={m.perAmountSpent}
              error={errors.perAmount?.message}
              {...register('perAmount')}
            />
            <TextInput
              label={m.pointsPerVisitDay}
              error={errors.pointsPerVisit?.message}
              {...register('pointsPerVisit')}
            />
            <TextInput
              label={m.minimumSpendThatDay}
              error={errors.visitMin?.message}
              {...register('visitMin')}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="xs">
            {m.roundingNote}
          </Text>
        </Fieldset>
        <Fieldset legend={m.tiers}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mb="sm">
            <NativeSelect
              label={m.qualifyBy}
              data={[
                { value: 'points', label: m.pointsEarned },
                { value: 'spend', label: m.amountSpent },
                { value: 'visits', label: m.visits },
              ]}
              {...register('measure')}
            />
            <NativeSelect
              label={m.over}
              data={[
                { value: 'rolling12', label: m.last12Months },
                { value: 'calendarYear', label: m.calendarYear },
              ]}
              {...register('period')}
            />
            <TextInput
              label={m.keepTierMonths}
              error={errors.keepMonths?.message}
              {...register('keepMonths')}
            />
          </SimpleGrid>
          <TierFields control={control} register={register} errors={errors} unit={units[measure]} />
        </Fieldset>
        <Fieldset legend={m.rewards}>
          <RewardFields control={control} register={register} errors={errors} />
        </Fieldset>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={m.expireAfter}
            description={m.emptyNever}
            error={errors.expiryMonths?.message}
            {...register('expiryMonths')}
          />
          <TextInput
            label={m.birthdayBonus}
            error={errors.birthdayBonus?.message}
            {...register('birthdayBonus')}
          />
          <TextInput
            type="date"
            label={m.takesEffectOn}
            description={m.emptyNow}
            error={errors.effectiveFrom?.message}
            {...register('effectiveFrom')}
          />
        </SimpleGrid>
        {fresh && previewed && <PreviewPanel preview={previewed.result} />}
        <Group>
          <Button type="submit" loading={isSubmitting} variant={fresh ? 'filled' : 'light'}>
            {fresh ? m.saveProgram : m.previewChanges}
          </Button>
          {fresh && (
            <Button variant="default" onClick={() => setPreviewed(null)}>
              {m.backToEditing}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
