import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useBridge } from '../bridge/BridgeProvider.tsx';
import { invalidateCustomers } from './invalidate-customers.ts';
import { invalidateLoyalty } from './useLoyalty.ts';
import { insightsKeys, queryKeys } from './query-keys.ts';
import { watchReminderEvents } from './reminder-events.ts';
import { watchSuggestionEvents } from './useSuggestions.ts';

/** Refetches what main says has changed, whichever window or command-line call changed it. */
export function useChangeEvents(): void {
  const bridge = useBridge();
  const client = useQueryClient();
  useEffect(() => {
    const offCustomers = bridge.on('customers:changed', ({ ids }) => void invalidateCustomers(client, ids));
    const offInteractions = bridge.on(
      'interactions:changed',
      ({ customerIds }) => void invalidateCustomers(client, customerIds),
    );
    const offSettings = bridge.on('settings:changed', () => {
      void client.invalidateQueries({ queryKey: queryKeys.settings });
      void client.invalidateQueries({ queryKey: queryKeys.customFieldsAll });
      // Who is at the counter is kept with the settings.
      void client.invalidateQueries({ queryKey: queryKeys.session });
      // The active window of the dashboard is a setting too.
      void client.invalidateQueries({ queryKey: queryKeys.insightsSettings });
      for (const queryKey of insightsKeys) void client.invalidateQueries({ queryKey });
    });
    const offStaff = bridge.on('staff:changed', () => {
      void client.invalidateQueries({ queryKey: queryKeys.staffAll });
      void client.invalidateQueries({ queryKey: queryKeys.session });
      void client.invalidateQueries({ queryKey: queryKeys.signInOptions });
      void client.invalidateQueries({ queryKey: queryKeys.credentials });
    });
    // Sign-in, switch, lock, lockout, roles and permissions: who may see what has changed.
    const offAuth = bridge.on('auth:changed', () => {
      void client.invalidateQueries({ queryKey: queryKeys.authStatus });
      void client.invalidateQueries({ queryKey: queryKeys.session });
      void client.invalidateQueries({ queryKey: queryKeys.signInOptions });
      void client.invalidateQueries({ queryKey: queryKeys.permissionMatrix });
    });
    const offLoyalty = bridge.on('loyalty:changed', ({ customerIds }) => {
      void invalidateLoyalty(client, customerIds);
      // Tiers feed the dashboard's distribution and the tier conditions of segments.
      for (const queryKey of insightsKeys) void client.invalidateQueries({ queryKey });
    });
    const offBackups = bridge.on('backups:changed', () => {
      void client.invalidateQueries({ queryKey: queryKeys.backupStatus });
      void client.invalidateQueries({ queryKey: queryKeys.backupList });
      void client.invalidateQueries({ queryKey: queryKeys.backupSettings });
    });
    // A restore replaced the whole database: everything cached is from the old one. Undo offers
    // for merges made before it refer to rows that may not exist any more.
    const offRestored = bridge.on('backups:restored', () => {
      client.removeQueries({ queryKey: queryKeys.recentMerges });
      void client.invalidateQueries();
    });
    const offReminders = watchReminderEvents(bridge, client);
    const offSegments = bridge.on('segments:changed', () => {
      void client.invalidateQueries({ queryKey: queryKeys.segmentsAll });
    });
    const offSuggestions = watchSuggestionEvents(bridge, client);
    return () => {
      offLoyalty();
      offBackups();
      offRestored();
      offReminders();
      offSegments();
      offSuggestions();
      offCustomers();
      offInteractions();
      offSettings();
      offStaff();
      offAuth();
    };
  }, [bridge, client]);
}
