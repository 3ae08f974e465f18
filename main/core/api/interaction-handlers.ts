import { logInteraction } from '../services/interactions.ts';
import type { HandlerMap } from './handlers.ts';
import { notBuiltYet } from './not-built-yet.ts';

export const interactionHandlers: HandlerMap<
  | 'interactions:log'
  | 'interactions:list'
  | 'interactions:update'
  | 'interactions:delete'
  | 'interactions:restore'
> = {
  'interactions:log': (ctx, input) => logInteraction(ctx, input),
  'interactions:list': () => notBuiltYet('interactions:list'),
  'interactions:update': () => notBuiltYet('interactions:update'),
  'interactions:delete': () => notBuiltYet('interactions:delete'),
  'interactions:restore': () => notBuiltYet('interactions:restore'),
};
