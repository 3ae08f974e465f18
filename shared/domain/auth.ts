import { z } from 'zod';
import { permissionSchema } from './permissions.ts';
import { STAFF_ROLES } from './staff.ts';

/** A PIN is 4 to 8 digits; anything else is a password of 8 to 128 characters. */
export const PIN_PATTERN = /^\d{4,8}$/;

export function secretKindOf(secret: string): 'pin' | 'password' {
  return PIN_PATTERN.test(secret) ? 'pin' : 'password';
}

/** Never trimmed: a space typed in a password is part of it. */
export const secretSchema = z
  .string()
  .max(128, 'must be at most 128 characters')
  .refine(
    (secret) => PIN_PATTERN.test(secret) || secret.length >= 8,
    'must be a PIN of 4 to 8 digits, or a password of at least 8 characters',
  );

/** How many wrong PINs in a row lock a staff member out, and for how long. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 5;

/** Idle minutes before the counter locks itself; 0 turns auto-lock off. */
export const DEFAULT_IDLE_LOCK_MINUTES = 10;
export const idleLockMinutesSchema = z
  .number()
  .int('must be a whole number of minutes')
  .min(0, 'must be 0 (never) or more')
  .max(24 * 60, 'must be at most 1440 (a day)');

export const actorSchema = z.object({
  /** staff: signed in with a PIN; host: a trusted program (the CLI, a test) acting as the owner. */
  kind: z.enum(['staff', 'host']),
  staffId: z.string().nullable(),
  displayName: z.string(),
  initials: z.string(),
  color: z.string(),
  role: z.enum(STAFF_ROLES),
});
export type ActorView = z.infer<typeof actorSchema>;

export const authStatusSchema = z.object({
  /** Who is signed in at this Regulars (this window or this browser-mode run); null when locked. */
  actor: actorSchema.nullable(),
  permissions: z.array(permissionSchema),
  /** True on first run: nobody can sign in until the owner is created. */
  needsOwner: z.boolean(),
  /** Who was signed in before the lock, so the lock screen can offer them first. */
  lastStaffId: z.string().nullable(),
  idleLockMinutes: z.number().int(),
});
export type AuthStatus = z.infer<typeof authStatusSchema>;

/** One tile of the lock screen: enough to recognise yourself, nothing about what you may do. */
export const signInOptionSchema = z.object({
  staffId: z.string(),
  displayName: z.string(),
  initials: z.string(),
  color: z.string(),
  secretKind: z.enum(['pin', 'password']),
  /** Set while locked out after too many wrong PINs. */
  lockedUntil: z.number().int().nullable(),
});
export type SignInOption = z.infer<typeof signInOptionSchema>;

/** What Settings › Staff shows beside each person: whether they can sign in, and any lockout. */
export const credentialStateSchema = z.object({
  staffId: z.string(),
  secretKind: z.enum(['pin', 'password']).nullable(),
  lockedUntil: z.number().int().nullable(),
  failedAttempts: z.number().int(),
});
export type CredentialState = z.infer<typeof credentialStateSchema>;
