import { actOnSuggestion } from '../services/suggestion-act.ts';
import { suggestionOutcomes } from '../services/suggestion-outcomes.ts';
import {
  getSuggestionSettings,
  updateSuggestionSettings,
  updateSuggestionTemplate,
} from '../services/suggestion-settings.ts';
import { customerSuggestions } from '../services/suggestions-customer.ts';
import { listSuggestions } from '../services/suggestions-today.ts';
import type { HandlerMap } from './handlers.ts';

export const suggestionHandlers: HandlerMap<
  | 'suggestions:today'
  | 'suggestions:customer'
  | 'suggestions:act'
  | 'suggestions:outcomes'
  | 'suggestions:settings'
  | 'suggestions:updateSettings'
  | 'suggestions:updateTemplate'
> = {
  'suggestions:today': (ctx, input) => listSuggestions(ctx, input),
  'suggestions:customer': (ctx, input) => customerSuggestions(ctx, input.customerId),
  'suggestions:act': (ctx, input) => actOnSuggestion(ctx, input),
  'suggestions:outcomes': (ctx, input) => suggestionOutcomes(ctx, input.asOf),
  'suggestions:settings': (ctx) => getSuggestionSettings(ctx),
  'suggestions:updateSettings': (ctx, input) => updateSuggestionSettings(ctx, input),
  'suggestions:updateTemplate': (ctx, input) => updateSuggestionTemplate(ctx, input),
};
