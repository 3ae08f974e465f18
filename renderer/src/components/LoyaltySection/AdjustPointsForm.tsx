import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { AppCallError } from '../../bridge/call.ts';
import { withoutFieldPrefix } from '../../format/messages.ts';
import { pickLanguage } from '../../i18n/define-messages.ts';
import { currentLanguage } from '../../i18n/LanguageProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './LoyaltySection.messages.ts';

type Problem = 'pointsWhole' | 'pointsNotZero' | 'sayWhy' | 'atMost200';
/** Worded when the check fails, in the language on screen then. */
const problem = (key: Problem) => ({ error: () => pickLanguage(messages, currentLanguage())[key] });

const schema = z.object({
  points: z
    .string()
    .trim()
    .regex(/^[+-]?\d{1,8}$/, problem('pointsWhole'))
    .refine((text) => Number(text) !== 0, problem('pointsNotZero')),
  reason: z.string().trim().min(1, problem('sayWhy')).max(200, problem('atMost200')),
});
type Values = z.input<typeof schema>;

/** A manual change of points; the reason is required and stays on the ledger. */
export function AdjustPointsForm({ adjust }: { adjust: (points: number, reason: string) => Promise<void> }) {
  const m = useMessages(messages);
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
    <form aria-label={m.adjustPoints} onSubmit={(event) => void onSubmit(event)} noValidate>
      <Group align="flex-start" gap="sm">
        <TextInput
          label={m.points}
          placeholder={m.pointsPlaceholder}
          w={120}
          error={errors.points?.message}
          {...register('points')}
        />
        <TextInput
          label={m.reason}
          placeholder={m.reasonPlaceholder}
          style={{ flex: 1 }}
          error={errors.reason?.message}
          {...register('reason')}
        />
        <Button type="submit" variant="default" mt={25} loading={isSubmitting}>
          {m.adjust}
        </Button>
      </Group>
    </form>
  );
}
