import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { AppCallError } from '../../bridge/call.ts';
import { withoutFieldPrefix } from '../../format/messages.ts';

const schema = z.object({
  points: z
    .string()
    .trim()
    .regex(/^[+-]?\d{1,8}$/, 'Points must be a whole number, like 20 or -20')
    .refine((text) => Number(text) !== 0, 'Points must not be 0'),
  reason: z.string().trim().min(1, 'Say why the points change').max(200, 'At most 200 characters'),
});
type Values = z.input<typeof schema>;

/** A manual change of points; the reason is required and stays on the ledger. */
export function AdjustPointsForm({ adjust }: { adjust: (points: number, reason: string) => Promise<void> }) {
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { points: '', reason: '' } });

  const onSubmit = handleSubmit(async (values) => {
    try {
      await adjust(Number(values.points), values.reason.trim());
      reset();
    } catch (error) {
      const field = error instanceof AppCallError && error.field === 'reason' ? 'reason' : 'points';
      const message = error instanceof Error ? error.message : String(error);
      setError(field, { message: withoutFieldPrefix(message, field) });
    }
  });

  return (
    <form aria-label="Adjust points" onSubmit={(event) => void onSubmit(event)} noValidate>
      <Group align="flex-start" gap="sm">
        <TextInput
          label="Points"
          placeholder="20 or -20"
          w={120}
          error={errors.points?.message}
          {...register('points')}
        />
        <TextInput
          label="Reason"
          placeholder="Coffee machine broken, sorry"
          style={{ flex: 1 }}
          error={errors.reason?.message}
          {...register('reason')}
        />
        <Button type="submit" variant="default" mt={25} loading={isSubmitting}>
          Adjust
        </Button>
      </Group>
    </form>
  );
}
