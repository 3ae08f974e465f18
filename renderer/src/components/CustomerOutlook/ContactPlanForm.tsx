import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, NumberInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import type { ContactPlanView } from '../../../../shared/domain/customer-outlook.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { AppCallError } from '../../bridge/call.ts';
import { withoutFieldPrefix } from '../../format/messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { notifyDone } from '../BulkActions/notify.tsx';

const schema = z.object({
  stayInTouchDays: z.union([
    z.literal(''),
    z
      .number()
      .int('Stay in touch must be whole days')
      .min(1, 'Stay in touch must be at least 1 day')
      .max(3650, 'Stay in touch must be at most 3650 days'),
  ]),
  doNotContact: z.boolean(),
});
type Values = z.infer<typeof schema>;

/** "Stay in touch every N days" (empty: no plan) and "do not contact" for one customer. */
export function ContactPlanForm({ customerId, plan }: { customerId: string; plan: ContactPlanView }) {
  const call = useCall();
  const client = useQueryClient();
  const { control, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { stayInTouchDays: plan.stayInTouchDays ?? '', doNotContact: plan.doNotContact },
  });

  const onValid = async (values: Values) => {
    try {
      await call('reminders:setPlan', {
        customerId,
        stayInTouchDays: values.stayInTouchDays === '' ? null : values.stayInTouchDays,
        doNotContact: values.doNotContact,
      });
      notifyDone('Contact plan saved.');
      void client.invalidateQueries({ queryKey: queryKeys.customerOutlook(customerId) });
    } catch (error) {
      const message =
        error instanceof AppCallError ? withoutFieldPrefix(error.message, error.field ?? '') : String(error);
      setError('stayInTouchDays', { type: 'server', message });
    }
  };

  return (
    <form noValidate aria-label="Contact plan" onSubmit={(event) => void handleSubmit(onValid)(event)}>
      <Group align="flex-end" gap="md">
        <Controller
          control={control}
          name="stayInTouchDays"
          render={({ field, fieldState }) => (
            <NumberInput
              label="Stay in touch every (days)"
              description="Empty: no plan"
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
              label="Do not contact"
              description="Still listed, marked, for when they walk in"
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
            />
          )}
        />
        <Button type="submit" variant="light" loading={formState.isSubmitting}>
          Save plan
        </Button>
      </Group>
    </form>
  );
}
