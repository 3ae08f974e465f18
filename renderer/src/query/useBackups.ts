import { useQuery } from '@tanstack/react-query';
import { useCall } from '../bridge/BridgeProvider.tsx';
import { queryKeys } from './query-keys.ts';

export function useBackupStatus() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.backupStatus, queryFn: () => call('backups:status', {}) });
}

export function useBackupList() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.backupList, queryFn: () => call('backups:list', {}) });
}

export function useBackupSettings() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.backupSettings, queryFn: () => call('backups:getSettings', {}) });
}
