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
  /** Who is at the counter now: stamped on every interaction and change until switched. */
  'session:get': { input: z.strictObject({}), output: z.object({ currentStaffId: z.string().nullable() }) },
  'session:setStaff': {
    input: z.strictObject({ staffId: idSchema.nullable() }),
    output: z.object({ currentStaffId: z.string().nullable() }),
  },
} as const;
