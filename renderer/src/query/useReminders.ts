import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReminderKind } from '../../../shared/domain/reminders.ts';
import { useCall } from '../bridge/BridgeProvider.tsx';
import { queryKeys } from './query-keys.ts';

/** Today's list; rechecked every few minutes so a new day (or a snooze ending) shows up. */
export function useTodayReminders(input: { limit: number; kind?: ReminderKind }) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.remindersToday(input),
    queryFn: () => call('reminders:today', input),
    placeholderData: keepPreviousData,
    refetchInterval: 5 * 60_000,
  });
}

export function useCustomerOutlook(customerId: string) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.customerOutlook(customerId),
    queryFn: () => call('reminders:customer', { customerId }),
  });
}

export function useReminderSettings() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.reminderSettings, queryFn: () => call('reminders:settings', {}) });
}
