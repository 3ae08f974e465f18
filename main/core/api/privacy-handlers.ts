import { eraseCustomer } from '../services/privacy-erase.ts';
import { exportCustomerData, listConsentHistory } from '../services/privacy-export.ts';
import type { HandlerMap } from './handlers.ts';

export const privacyHandlers: HandlerMap<'privacy:consentHistory' | 'privacy:export' | 'privacy:erase'> = {
  'privacy:consentHistory': (ctx, input) => listConsentHistory(ctx, input.customerId),
  'privacy:export': (ctx, input) => exportCustomerData(ctx, input.customerId),
  'privacy:erase': (ctx, input) => eraseCustomer(ctx, input.customerId),
};
