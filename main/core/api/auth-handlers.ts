import {
  getAuthStatus,
  listSignInOptions,
  lockSession,
  recordActivity,
  setIdleLockMinutes,
} from '../services/auth-status.ts';
import { listCredentialStates, setStaffSecret, unlockStaff } from '../services/credentials.ts';
import { getPermissionMatrix, setRolePermission } from '../services/permissions.ts';
import { changeOwnSecret, setupOwner, signIn } from '../services/sign-in.ts';
import { setStaffRole } from '../services/staff.ts';
import type { HandlerMap } from './handlers.ts';

export const authHandlers: HandlerMap<
  | 'auth:status'
  | 'auth:signInOptions'
  | 'auth:setupOwner'
  | 'auth:signIn'
  | 'auth:lock'
  | 'auth:activity'
  | 'auth:changeOwnSecret'
  | 'auth:setSecret'
  | 'auth:credentials'
  | 'auth:unlock'
  | 'auth:setRole'
  | 'auth:permissions'
  | 'auth:setPermission'
  | 'auth:setIdleLock'
> = {
  'auth:status': (ctx) => getAuthStatus(ctx),
  'auth:signInOptions': (ctx) => listSignInOptions(ctx),
  'auth:setupOwner': (ctx, input) => setupOwner(ctx, input),
  'auth:signIn': (ctx, input) => signIn(ctx, input),
  'auth:lock': (ctx) => lockSession(ctx),
  'auth:activity': (ctx) => recordActivity(ctx),
  'auth:changeOwnSecret': (ctx, input) => changeOwnSecret(ctx, input),
  'auth:setSecret': (ctx, input) => setStaffSecret(ctx, input),
  'auth:credentials': (ctx) => listCredentialStates(ctx),
  'auth:unlock': (ctx, input) => unlockStaff(ctx, input.staffId),
  'auth:setRole': (ctx, input) => setStaffRole(ctx, input),
  'auth:permissions': (ctx) => getPermissionMatrix(ctx),
  'auth:setPermission': (ctx, input) => setRolePermission(ctx, input),
  'auth:setIdleLock': (ctx, input) => setIdleLockMinutes(ctx, input.minutes),
};
