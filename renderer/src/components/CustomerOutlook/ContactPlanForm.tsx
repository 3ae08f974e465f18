import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, NumberInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import type { ContactPlanView } from '../../../../shared/domain/customer-outlook.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { AppCallError } from '../../bridge/call.ts';
import { translateMessage, withoutFieldPrefix } from '../../format/messages.ts';
import type { MessagesIn } from '../../i18n/define-messages.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
import { messages } from './CustomerOutlook.messages.ts';

const planSchema = (m: MessagesIn<typeof messages>) =>
  z.object({
    stayInTouchDays: z.union([
      z.literal(''),
      z.number().int(m.stayWholeDays).min(1, m.stayAtLeast).max(3650, m.stayAtMost),
    ]),
    doNotContact: z.boolean(),
  });
type Values = z.infer<ReturnType<typeof planSchema>>;

/** "Stay in touch every N days" (empty: no plan) and "do not contact" for one customer. */
export function ContactPlanForm({ customerId, plan }: { customerId: string; plan: ContactPlanView }) {
  const m = useMessages(messages);
  const call = useCall();
  const client = useQueryClient();
  const { control, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(planSchema(m)),
    defaultValues: { stayInTouchDays: plan.stayInTouchDays ?? '', doNotContact: plan.doNotContact },
  });

  const onValid = async (values: Values) => {
    try {
      await call('reminders:setPlan', {
        customerId,
        stayInTouchDays: values.stayInTouchDays === '' ? null : values.stayInTouchDays,
        doNotContact: values.doNotContact,
      });
      notifyDone(m.planSaved);
      void client.invalidateQueries({ queryKey: queryKeys.customerOutlook(customerId) });
    } catch (error) {
      const message =
        error instanceof AppCallError
          ? translateMessage(withoutFieldPrefix(error.message, error.field ?? ''))
          : String(error);
      setError('stayInTouchDays', { type: 'server', message });
    }
  };

  return (
    <form noValidate aria-label={m.contactPlan} onSubmit={(event) => void handleSubmit(onValid)(event)}>
      <Group align="flex-end" gap="md">
        <Controller
          control={control}
          name="stayInTouchDays"
          render={({ field, fieldState }) => (
            <NumberInput
              label={m.stayEvery}
              description={m.emptyNoPlan}
              allowDecimal={false}
              clampBehavior="none"
              min={1}
              max={3650}
              w={220}
              value={field.value}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="doNotContact"
          render={({ field }) => (
            <Checkbox
              label={m.doNotContact}
              description={m.doNotContactHint}
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
            />
          )}
        />
        <Button type="submit" variant="light" loading={formState.isSubmitting}>
          {m.savePlan}
        </Button>
      </Group>
    </form>
  );
}
