import { z } from 'zod';
import { customerInputSchema, customerSchema, customerSummarySchema } from '../domain/customer.ts';
import { idSchema, interactionInputSchema, interactionSchema } from '../domain/interaction.ts';
import type { Result } from './result.ts';

/**
 * The one contract between the UI and the core. The IPC router, the preload allowlist, the
 * renderer client and the web transport are all derived from this map: a channel without a
 * handler does not compile.
 */
export const contract = {
  'app:info': {
    input: z.strictObject({}),
    output: z.object({ version: z.string(), databasePath: z.string(), sqliteVersion: z.string() }),
  },
  'customers:list': {
    input: z.strictObject({
      limit: z.number().int().min(1, 'must be at least 1').max(500, 'must be at most 500').default(50),
      offset: z.number().int().min(0, 'must not be negative').default(0),
    }),
    output: z.object({ items: z.array(customerSummarySchema), total: z.number().int() }),
  },
  'customers:search': {
    input: z.strictObject({
      query: z.string().max(200, 'must be at most 200 characters'),
      limit: z.number().int().min(1).max(100).default(20),
    }),
    output: z.array(customerSummarySchema),
  },
  'customers:get': {
    input: z.strictObject({ id: idSchema }),
    output: z.object({ customer: customerSchema, interactions: z.array(interactionSchema) }),
  },
  'customers:create': {
    input: customerInputSchema,
    output: customerSchema,
  },
  'customers:update': {
    input: z.strictObject({ id: idSchema, fields: customerInputSchema }),
    output: customerSchema,
  },
  'interactions:log': {
    input: interactionInputSchema,
    output: interactionSchema,
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNEL_NAMES = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Change events main pushes so the renderer's query cache knows what to refetch. */
export const events = {
  'customers:changed': z.object({ ids: z.array(z.string()) }),
  'interactions:changed': z.object({ customerIds: z.array(z.string()) }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

/** The bridge the preload exposes and the web client imitates: the renderer sees only this. */
export interface Bridge {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
