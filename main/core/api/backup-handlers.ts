import {
  getBackupSettings,
  getBackupStatus,
  listBackups,
  startBackup,
  startRestore,
  updateBackupSettings,
} from '../services/backups.ts';
import type { HandlerMap } from './handlers.ts';

export const backupHandlers: HandlerMap<
  | 'backups:status'
  | 'backups:list'
  | 'backups:create'
  | 'backups:restore'
  | 'backups:getSettings'
  | 'backups:updateSettings'
> = {
  'backups:status': (ctx) => getBackupStatus(ctx),
  'backups:list': (ctx) => listBackups(ctx),
  'backups:create': (ctx) => startBackup(ctx),
  'backups:restore': (ctx, input) => startRestore(ctx, input),
  'backups:getSettings': (ctx) => getBackupSettings(ctx),
  'backups:updateSettings': (ctx, input) => updateBackupSettings(ctx, input),
};
