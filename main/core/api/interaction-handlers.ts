import { logInteraction } from '../services/interactions.ts';
import type { HandlerMap } from './handlers.ts';

export const interactionHandlers: HandlerMap<'interactions:log'> = {
  'interactions:log': (ctx, input) => logInteraction(ctx, input),
};
