import { z } from 'zod';
import {
  authStatusSchema,
  credentialStateSchema,
  idleLockMinutesSchema,
  secretSchema,
  signInOptionSchema,
} from '../../domain/auth.ts';
import { idSchema } from '../../domain/interaction.ts';
import { ADJUSTABLE_ROLES, permissionMatrixSchema, permissionSchema } from '../../domain/permissions.ts';
import { staffInputSchema, staffSchema, STAFF_ROLES } from '../../domain/staff.ts';

// Channels marked `async: true` hash or check a PIN (scrypt, a few hundred ms off the main thread):
// the core answers them with a promise, every other channel synchronously.

export const authChannels = {
  /** Who is signed in here, what they may do, and whether the owner still has to be created. */
  'auth:status': { input: z.strictObject({}), output: authStatusSchema },
  /** The lock screen's tiles: active staff who have a PIN or password. */
  'auth:signInOptions': { input: z.strictObject({}), output: z.array(signInOptionSchema) },
  /** First run only: creates the owner with their PIN and signs them in. */
  'auth:setupOwner': {
    input: z.strictObject({ owner: staffInputSchema, secret: secretSchema }),
    output: authStatusSchema,
    async: true,
  },
  /** Signs in, or switches to, a staff member with their PIN or password. */
  'auth:signIn': {
    input: z.strictObject({ staffId: idSchema, secret: z.string().min(1, 'is required').max(128) }),
    output: authStatusSchema,
    async: true,
  },
  /** Locks the counter: nobody is signed in until someone enters a PIN. */
  'auth:lock': { input: z.strictObject({}), output: authStatusSchema },
  /** The renderer saw a key or a click: the idle auto-lock starts counting again. */
  'auth:activity': { input: z.strictObject({}), output: z.object({ lockAt: z.number().int().nullable() }) },
  'auth:changeOwnSecret': {
    input: z.strictObject({ current: z.string().min(1, 'is required').max(128), secret: secretSchema }),
    output: z.object({ changed: z.literal(true) }),
    async: true,
  },
  /** Sets or resets someone's PIN or password (Settings › Staff). */
  'auth:setSecret': {
    input: z.strictObject({ staffId: idSchema, secret: secretSchema }),
    output: credentialStateSchema,
    async: true,
  },
  'auth:credentials': { input: z.strictObject({}), output: z.array(credentialStateSchema) },
  /** Lifts a lockout before its five minutes are up. */
  'auth:unlock': { input: z.strictObject({ staffId: idSchema }), output: credentialStateSchema },
  'auth:setRole': {
    input: z.strictObject({ staffId: idSchema, role: z.enum(STAFF_ROLES) }),
    output: staffSchema,
  },
  'auth:permissions': { input: z.strictObject({}), output: permissionMatrixSchema },
  'auth:setPermission': {
    input: z.strictObject({
      role: z.enum(ADJUSTABLE_ROLES),
      permission: permissionSchema,
      granted: z.boolean(),
    }),
    output: permissionMatrixSchema,
  },
  'auth:setIdleLock': {
    input: z.strictObject({ minutes: idleLockMinutesSchema }),
    output: authStatusSchema,
  },
} as const;
