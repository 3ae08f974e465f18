import type { HandlerMap } from './handlers.ts';
import { notBuiltYet } from './not-built-yet.ts';

export const trashHandlers: HandlerMap<
  'customers:bulkTag' | 'customers:delete' | 'customers:restore' | 'customers:trash' | 'customers:purge'
> = {
  'customers:bulkTag': () => notBuiltYet('customers:bulkTag'),
  'customers:delete': () => notBuiltYet('customers:delete'),
  'customers:restore': () => notBuiltYet('customers:restore'),
  'customers:trash': () => notBuiltYet('customers:trash'),
  'customers:purge': () => notBuiltYet('customers:purge'),
};
