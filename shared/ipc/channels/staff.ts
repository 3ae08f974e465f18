import { z } from 'zod';
import { idSchema } from '../../domain/interaction.ts';
import { staffInputSchema, staffSchema } from '../../domain/staff.ts';

export const staffChannels = {
  'staff:list': {
    input: z.strictObject({ includeInactive: z.boolean().default(false) }),
    output: z.array(staffSchema),
  },
  'staff:create': { input: staffInputSchema, output: staffSchema },
  'staff:update': { input: z.strictObject({ id: idSchema, fields: staffInputSchema }), output: staffSchema },
  /** Who is signed in at the counter: stamped on every interaction and change (see auth:signIn). */
  'session:get': { input: z.strictObject({}), output: z.object({ currentStaffId: z.string().nullable() }) },
} as const;
