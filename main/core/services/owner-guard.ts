import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import type { DbStaff } from '../repos/staff-repo.ts';
import { resolveActor } from './actor.ts';

/**
 * Someone allowed to manage staff still may not take over an owner: only an owner changes an
 * owner's profile or PIN, or lifts their lockout. Otherwise a manager given "manage staff" could
 * reset the owner's PIN and sign in as them.
 */
export function assertMayManage(ctx: CoreContext, target: DbStaff, what: string): void {
  if (target.role !== 'owner') return;
  if (resolveActor(ctx)?.role !== 'owner') {
    throw new AppError('forbidden', `Only an owner may ${what} of ${target.display_name}, who is an owner.`);
  }
}
