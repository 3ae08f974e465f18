import {
  deleteInteraction,
  listInteractions,
  logInteraction,
  restoreInteraction,
  updateInteraction,
} from '../services/interactions.ts';
import type { HandlerMap } from './handlers.ts';

export const interactionHandlers: HandlerMap<
  | 'interactions:log'
  | 'interactions:list'
  | 'interactions:update'
  | 'interactions:delete'
  | 'interactions:restore'
> = {
  'interactions:log': (ctx, input) => logInteraction(ctx, input),
  'interactions:list': (ctx, input) => listInteractions(ctx, input),
  'interactions:update': (ctx, input) => updateInteraction(ctx, input.id, input.fields),
  'interactions:delete': (ctx, input) => deleteInteraction(ctx, input.id),
  'interactions:restore': (ctx, input) => restoreInteraction(ctx, input.id),
};
