import type { HandlerMap } from './handlers.ts';
import { notBuiltYet } from './not-built-yet.ts';

export const settingsHandlers: HandlerMap<
  'settings:get' | 'settings:update' | 'customFields:list' | 'customFields:create' | 'customFields:update'
> = {
  'settings:get': () => notBuiltYet('settings:get'),
  'settings:update': () => notBuiltYet('settings:update'),
  'customFields:list': () => notBuiltYet('customFields:list'),
  'customFields:create': () => notBuiltYet('customFields:create'),
  'customFields:update': () => notBuiltYet('customFields:update'),
};
