import { adjustPoints, redeemPoints } from '../loyalty/points-service.ts';
import { previewLoyaltyProgram } from '../loyalty/preview-service.ts';
import { getLoyaltyProgram, recomputeLoyalty, setLoyaltyProgram } from '../loyalty/program-service.ts';
import { getLoyaltyLedger, getLoyaltyStatus } from '../loyalty/status-service.ts';
import type { HandlerMap } from './handlers.ts';

export const loyaltyHandlers: HandlerMap<
  | 'loyalty:status'
  | 'loyalty:ledger'
  | 'loyalty:redeem'
  | 'loyalty:adjust'
  | 'loyalty:program'
  | 'loyalty:preview'
  | 'loyalty:setProgram'
  | 'loyalty:recompute'
> = {
  'loyalty:status': (ctx, input) => getLoyaltyStatus(ctx, input.customerId, input.asOf),
  'loyalty:ledger': (ctx, input) => getLoyaltyLedger(ctx, input.customerId, input.limit),
  'loyalty:redeem': (ctx, input) => redeemPoints(ctx, input),
  'loyalty:adjust': (ctx, input) => adjustPoints(ctx, input),
  'loyalty:program': (ctx) => getLoyaltyProgram(ctx),
  'loyalty:preview': (ctx, input) => previewLoyaltyProgram(ctx, input),
  'loyalty:setProgram': (ctx, input) => setLoyaltyProgram(ctx, input),
  'loyalty:recompute': (ctx) => recomputeLoyalty(ctx),
};
