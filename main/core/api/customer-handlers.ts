import {
  createCustomer,
  getCustomerProfile,
  listCustomers,
  searchCustomers,
  updateCustomer,
} from '../services/customers.ts';
import type { HandlerMap } from './handlers.ts';

export const customerHandlers: HandlerMap<
  'customers:list' | 'customers:search' | 'customers:get' | 'customers:create' | 'customers:update'
> = {
  'customers:list': (ctx, input) => listCustomers(ctx, input),
  'customers:search': (ctx, input) => searchCustomers(ctx, input.query, input.limit),
  'customers:get': (ctx, input) => getCustomerProfile(ctx, input.id),
  'customers:create': (ctx, input) => createCustomer(ctx, input),
  'customers:update': (ctx, input) => updateCustomer(ctx, input.id, input.fields),
};
