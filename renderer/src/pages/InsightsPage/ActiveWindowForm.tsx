import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { activeDaysSchema } from '../../../../shared/domain/insights.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { notifyDone } from '../../components/BulkActions/notify.tsx';
import { fieldMessage } from '../../format/messages.ts';
import { insightsKeys, queryKeys } from '../../query/query-keys.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './InsightsPage.messages.ts';

const schema = z.object({ activeDays: z.coerce.number<string>().pipe(activeDaysSchema) });

/** "Active" means a visit in the last N days: the shop's own rhythm decides what N is. */
export function ActiveWindowForm({ activeDays }: { activeDays: number }) {
  const m = useMessages(messages);
  const call = useCall();
  const client = useQueryClient();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
    reset,
  } = useForm<{ activeDays: string }, unknown, { activeDays: number }>({
    resolver: zodResolver(schema),
    values: { activeDays: String(activeDays) },
  });
  const save = async ({ activeDays: days }: { activeDays: number }) => {
    try {
      const saved = await call('insights:updateSettings', { activeDays: days });
      reset({ activeDays: String(saved.activeDays) });
      await client.invalidateQueries({ queryKey: queryKeys.insightsSettings });
      await Promise.all(insightsKeys.map((queryKey) => client.invalidateQueries({ queryKey })));
      notifyDone(m.activeNowMeans(saved.activeDays));
    } catch (error) {
      setError('activeDays', {
        message: error instanceof Error ? error.message.replace(/^activeDays: /, '') : String(error),
      });
    }
  };
  const problem = errors.activeDays;
  // The schema's rules are worded here; anything else (the core's answer) follows the label.
  const message =
    problem?.type === 'too_small'
      ? m.windowTooShort
      : problem?.type === 'too_big'
        ? m.windowTooLong
        : problem?.type === 'invalid_type'
          ? m.windowNotWhole
          : problem?.message && fieldMessage(m.theWindow, problem.message);
  return (
    <form noValidate onSubmit={(event) => void handleSubmit(save)(event)} data-no-print>
      <Group align="flex-start" gap="xs">
        <TextInput
          label={m.activeWindow}
          description={m.activeWindowHint}
          inputMode="numeric"
          w={320}
          error={message}
          {...register('activeDays')}
        />
        <Button type="submit" variant="default" mt={47} loading={isSubmitting} disabled={!isDirty}>
          {m.save}
        </Button>
      </Group>
    </form>
  );
}
