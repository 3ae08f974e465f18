import { z } from 'zod';
import { appChannels } from './channels/app.ts';
import { backupChannels } from './channels/backups.ts';
import { customerChannels } from './channels/customers.ts';
import { duplicateChannels } from './channels/duplicates.ts';
import { exportChannels } from './channels/exports.ts';
import { importChannels } from './channels/imports.ts';
import { interactionChannels } from './channels/interactions.ts';
import { loyaltyChannels } from './channels/loyalty.ts';
import { reminderChannels } from './channels/reminders.ts';
import { settingsChannels } from './channels/settings.ts';
import { staffChannels } from './channels/staff.ts';
import { menuCommandSchema } from './menu-commands.ts';
import { authChannels } from './channels/auth.ts';
import { auditChannels } from './channels/audit.ts';
import { privacyChannels } from './channels/privacy.ts';
import { insightsChannels } from './channels/insights.ts';
import { segmentChannels } from './channels/segments.ts';
import { suggestionChannels } from './channels/suggestions.ts';
import { demoChannels } from './channels/demo.ts';
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
  ...loyaltyChannels,
  ...importChannels,
  ...exportChannels,
  ...backupChannels,
  ...authChannels,
  ...auditChannels,
  ...privacyChannels,
  ...reminderChannels,
  ...insightsChannels,
  ...segmentChannels,
  ...suggestionChannels,
  ...demoChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNEL_NAMES = Object.keys(contract) as Channel[];

/** Channels the core answers with a promise (PIN hashing); every other one answers at once. */
export type AsyncChannel = {
  [C in Channel]: Contract[C] extends { async: true } ? C : never;
}[Channel];
export type SyncChannel = Exclude<Channel, AsyncChannel>;

export function isAsyncChannel(channel: Channel): channel is AsyncChannel {
  const entry: object = contract[channel];
  return 'async' in entry && entry.async === true;
}

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Change events main pushes so the renderer's query cache knows what to refetch. */
export const events = {
  'customers:changed': z.object({ ids: z.array(z.string()) }),
  'interactions:changed': z.object({ customerIds: z.array(z.string()) }),
  'staff:changed': z.object({}),
  'settings:changed': z.object({}),
  /** Sent by the desktop shell's menu, never by the core. */
  'app:menu': menuCommandSchema,
  /** Points or tiers changed; an empty list means many customers (a program change). */
  'loyalty:changed': z.object({ customerIds: z.array(z.string()) }),
  /** An import was saved or undone (from the app or the command line). */
  'imports:changed': z.object({}),
  /** A backup or restore started or ended, or the backup settings changed. */
  'backups:changed': z.object({}),
  /** A restore replaced the whole database: everything the renderer holds is stale. */
  'backups:restored': z.object({}),
  /** Someone signed in, switched, locked or was locked out; or roles and permissions changed. */
  'auth:changed': z.object({}),
  /** Reminders changed for these customers; null: for everyone (settings, tag rules, a refit). */
  'reminders:changed': z.object({ customerIds: z.array(z.string()).nullable() }),
  'segments:changed': z.object({}),
  /** Today's reminders, worked out again in the background after a wide change, are ready. */
  'reminders:ready': z.object({}),
  /** Today's suggestions, prepared in the background, are ready to be asked for again. */
  'suggestions:ready': z.object({}),
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
