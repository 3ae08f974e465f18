import { z } from 'zod';
import {
  idSchema,
  INTERACTION_KINDS,
  interactionInputSchema,
  interactionSchema,
  interactionUpdateSchema,
} from '../../domain/interaction.ts';

export const interactionChannels = {
  'interactions:log': { input: interactionInputSchema, output: interactionSchema },
  /** A customer's timeline, newest first, optionally only some kinds; page with `before`. */
  'interactions:list': {
    input: z.strictObject({
      customerId: idSchema,
      kinds: z.array(z.enum(INTERACTION_KINDS)).max(INTERACTION_KINDS.length).default([]),
      limit: z.number().int().min(1).max(500).default(200),
      /** Only interactions strictly older than this instant. */
      before: z.number().int().optional(),
    }),
    output: z.array(interactionSchema),
  },
  'interactions:update': {
    input: z.strictObject({ id: idSchema, fields: interactionUpdateSchema }),
    output: interactionSchema,
  },
  'interactions:delete': { input: z.strictObject({ id: idSchema }), output: interactionSchema },
  /** Undo of a delete: the interaction comes back exactly as it was. */
  'interactions:restore': { input: z.strictObject({ id: idSchema }), output: interactionSchema },
} as const;
