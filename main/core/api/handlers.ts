import type { Channel, ChannelOutput, ChannelParsedInput } from '../../../shared/ipc/contract.ts';
import type { CoreContext } from '../context.ts';
import { customerHandlers } from './customer-handlers.ts';
import { interactionHandlers } from './interaction-handlers.ts';
import { appHandlers } from './app-handlers.ts';
import { duplicateHandlers } from './duplicate-handlers.ts';
import { settingsHandlers } from './settings-handlers.ts';
import { staffHandlers } from './staff-handlers.ts';
import { trashHandlers } from './trash-handlers.ts';
import { insightsHandlers } from './insights-handlers.ts';
import { segmentHandlers } from './segment-handlers.ts';

export type Handler<C extends Channel> = (ctx: CoreContext, input: ChannelParsedInput<C>) => ChannelOutput<C>;
export type HandlerMap<C extends Channel> = { [K in C]: Handler<K> };

/** Every channel of the contract, each answered by one service call. A missing one does not compile. */
export const handlers: HandlerMap<Channel> = {
  ...appHandlers,
  ...customerHandlers,
  ...interactionHandlers,
  ...trashHandlers,
  ...duplicateHandlers,
  ...staffHandlers,
  ...settingsHandlers,
  ...insightsHandlers,
  ...segmentHandlers,
};
