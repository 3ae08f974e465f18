import type { Suggestion } from '../../../shared/domain/suggestions.ts';
import type { CoreContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { findCustomerRow } from '../repos/customers-repo.ts';
import { judgeCustomer } from '../suggestions/judge.ts';
import { presenter } from '../suggestions/present.ts';
import { customerWorld } from '../suggestions/world.ts';

/** One customer's suggestions today, every kind that applies, most pressing first. */
export function customerSuggestions(ctx: CoreContext, customerId: string): Suggestion[] {
  if (!findCustomerRow(ctx.db, customerId)) throw notFound('customer', customerId);
  const world = customerWorld(ctx, customerId);
  const candidate = judgeCustomer(world, customerId);
  if (!candidate) return [];
  const present = presenter(world);
  return candidate.hits.flatMap((hit) => present.present(candidate, hit.kind) ?? []);
}
