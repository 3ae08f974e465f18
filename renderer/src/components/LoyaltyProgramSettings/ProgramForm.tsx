import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { LoyaltyProgram } from '../../../../shared/domain/loyalty/program.ts';
import type { LoyaltyPreview } from '../../../../shared/domain/loyalty/status.ts';
import { AppCallError } from '../../bridge/call.ts';
import { withoutFieldPrefix } from '../../format/messages.ts';
import { RewardFields, TierFields } from './ListFields.tsx';
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
      aria-label="Loyalty program"
      onSubmit={(event) => void (fresh ? onSave(event) : onPreview(event))}
      noValidate
    >
      <Stack>
        <Fieldset legend="Earning">
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <TextInput label="Points" error={errors.pointsPerUnit?.message} {...register('pointsPerUnit')} />
            <TextInput
              label="per amount spent"
              error={errors.perAmount?.message}
              {...register('perAmount')}
            />
            <TextInput
              label="Points per visit day"
              error={errors.pointsPerVisit?.message}
              {...register('pointsPerVisit')}
            />
            <TextInput
              label="Minimum spend that day"
              error={errors.visitMin?.message}
              {...register('visitMin')}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="xs">
            Points are rounded down on each purchase: 12.50 earns 12 points at 1 point per 1.00. A refund
            takes back its points the same way.
          </Text>
        </Fieldset>
        <Fieldset legend="Tiers">
          <SimpleGrid cols={{ base: 1, sm: 3 }} mb="sm">
            <NativeSelect
              label="Qualify by"
              data={[
                { value: 'points', label: 'Points earned' },
                { value: 'spend', label: 'Amount spent' },
                { value: 'visits', label: 'Visits' },
              ]}
              {...register('measure')}
            />
            <NativeSelect
              label="Over"
              data={[
                { value: 'rolling12', label: 'The last 12 months' },
                { value: 'calendarYear', label: 'The calendar year' },
              ]}
              {...register('period')}
            />
            <TextInput
              label="Keep a tier for (months)"
              error={errors.keepMonths?.message}
              {...register('keepMonths')}
            />
          </SimpleGrid>
          <TierFields
            control={control}
            register={register}
            errors={errors}
            unit={measure === 'spend' ? 'amount' : measure}
          />
        </Fieldset>
        <Fieldset legend="Rewards">
          <RewardFields control={control} register={register} errors={errors} />
        </Fieldset>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label="Points expire after (months without a visit)"
            description="Empty: never"
            error={errors.expiryMonths?.message}
            {...register('expiryMonths')}
          />
          <TextInput
            label="Birthday bonus (points)"
            error={errors.birthdayBonus?.message}
            {...register('birthdayBonus')}
          />
          <TextInput
            type="date"
            label="Takes effect on"
            description="Empty: now"
            error={errors.effectiveFrom?.message}
            {...register('effectiveFrom')}
          />
        </SimpleGrid>
        {fresh && previewed && <PreviewPanel preview={previewed.result} />}
        <Group>
          <Button type="submit" loading={isSubmitting} variant={fresh ? 'filled' : 'light'}>
            {fresh ? 'Save program' : 'Preview changes'}
          </Button>
          {fresh && (
            <Button variant="default" onClick={() => setPreviewed(null)}>
              Back to editing
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
