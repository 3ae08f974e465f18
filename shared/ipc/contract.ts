import { z } from 'zod';
import { appChannels } from './channels/app.ts';
import { customerChannels } from './channels/customers.ts';
import { duplicateChannels } from './channels/duplicates.ts';
import { interactionChannels } from './channels/interactions.ts';
import { settingsChannels } from './channels/settings.ts';
import { staffChannels } from './channels/staff.ts';
import { insightsChannels } from './channels/insights.ts';
import { segmentChannels } from './channels/segments.ts';
import type { Result } from './result.ts';

/**
 * The one contract between the UI and the core, composed from one map per domain. The IPC
 * router, the preload allowlist, the renderer client and the web transport are all derived from
 * it: a channel without a handler does not compile.
 */
export const contract = {
  ...appChannels,
  ...customerChannels,
  ...duplicateChannels,
  ...interactionChannels,
  ...staffChannels,
  ...settingsChannels,
  ...insightsChannels,
  ...segmentChannels,
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
  'staff:changed': z.object({}),
  'settings:changed': z.object({}),
  'segments:changed': z.object({}),
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
