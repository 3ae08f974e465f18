import type { HandlerMap } from './handlers.ts';
import { notBuiltYet } from './not-built-yet.ts';

export const staffHandlers: HandlerMap<
  'staff:list' | 'staff:create' | 'staff:update' | 'session:get' | 'session:setStaff'
> = {
  'staff:list': () => notBuiltYet('staff:list'),
  'staff:create': () => notBuiltYet('staff:create'),
  'staff:update': () => notBuiltYet('staff:update'),
  'session:get': () => notBuiltYet('session:get'),
  'session:setStaff': () => notBuiltYet('session:setStaff'),
};
