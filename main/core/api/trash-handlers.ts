import { bulkTag } from '../services/bulk-tags.ts';
import {
  deleteCustomers,
  listTrashedCustomers,
  purgeCustomers,
  restoreCustomers,
} from '../services/trash.ts';
import type { HandlerMap } from './handlers.ts';

export const trashHandlers: HandlerMap<
  'customers:bulkTag' | 'customers:delete' | 'customers:restore' | 'customers:trash' | 'customers:purge'
> = {
  'customers:bulkTag': (ctx, input) => bulkTag(ctx, input),
  'customers:delete': (ctx, input) => deleteCustomers(ctx, input),
  'customers:restore': (ctx, input) => restoreCustomers(ctx, input),
  'customers:trash': (ctx, input) => listTrashedCustomers(ctx, input),
  'customers:purge': (ctx, input) => purgeCustomers(ctx, input),
};
