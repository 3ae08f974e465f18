import { checkDuplicates, dismissDuplicate, listDuplicates } from '../services/duplicates.ts';
import { mergeCustomers } from '../services/merge.ts';
import { undoMerge } from '../services/merge-undo.ts';
import type { HandlerMap } from './handlers.ts';

export const duplicateHandlers: HandlerMap<
  'duplicates:check' | 'duplicates:list' | 'duplicates:dismiss' | 'customers:merge' | 'customers:undoMerge'
> = {
  'duplicates:check': (ctx, input) => checkDuplicates(ctx, input),
  'duplicates:list': (ctx, input) => listDuplicates(ctx, input.limit),
  'duplicates:dismiss': (ctx, input) => dismissDuplicate(ctx, input.aId, input.bId),
  'customers:merge': (ctx, input) => mergeCustomers(ctx, input),
  'customers:undoMerge': (ctx, input) => undoMerge(ctx, input.mergeId),
};
