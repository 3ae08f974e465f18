import { listAudit, verifyAudit } from '../services/audit.ts';
import { exportAudit } from '../services/audit-export.ts';
import type { HandlerMap } from './handlers.ts';

export const auditHandlers: HandlerMap<'audit:list' | 'audit:export' | 'audit:verify'> = {
  'audit:list': (ctx, input) => listAudit(ctx, input),
  'audit:export': (ctx, input) => exportAudit(ctx, input),
  'audit:verify': (ctx) => verifyAudit(ctx),
};
