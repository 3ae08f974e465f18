import { getSession } from '../services/session.ts';
import { createStaff, listStaff, updateStaff } from '../services/staff.ts';
import type { HandlerMap } from './handlers.ts';

export const staffHandlers: HandlerMap<'staff:list' | 'staff:create' | 'staff:update' | 'session:get'> = {
  'staff:list': (ctx, input) => listStaff(ctx, input.includeInactive),
  'staff:create': (ctx, input) => createStaff(ctx, input),
  'staff:update': (ctx, input) => updateStaff(ctx, input.id, input.fields),
  'session:get': (ctx) => getSession(ctx),
};
