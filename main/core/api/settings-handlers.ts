import { createCustomField, listCustomFields, updateCustomField } from '../services/custom-fields.ts';
import { getSettings, updateSettings } from '../services/settings.ts';
import type { HandlerMap } from './handlers.ts';

export const settingsHandlers: HandlerMap<
  'settings:get' | 'settings:update' | 'customFields:list' | 'customFields:create' | 'customFields:update'
> = {
  'settings:get': (ctx) => getSettings(ctx),
  'settings:update': (ctx, input) => updateSettings(ctx, input),
  'customFields:list': (ctx, input) => listCustomFields(ctx, input.includeArchived),
  'customFields:create': (ctx, input) => createCustomField(ctx, input),
  'customFields:update': (ctx, input) => updateCustomField(ctx, input),
};
