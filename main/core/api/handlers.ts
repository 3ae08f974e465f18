import type {
  AsyncChannel,
  Channel,
  ChannelOutput,
  ChannelParsedInput,
} from '../../../shared/ipc/contract.ts';
import type { CoreContext } from '../context.ts';
import { customerHandlers } from './customer-handlers.ts';
import { interactionHandlers } from './interaction-handlers.ts';
import { loyaltyHandlers } from './loyalty-handlers.ts';
import { appHandlers } from './app-handlers.ts';
import { backupHandlers } from './backup-handlers.ts';
import { duplicateHandlers } from './duplicate-handlers.ts';
import { exportHandlers } from './export-handlers.ts';
import { importHandlers } from './import-handlers.ts';
import { reminderHandlers } from './reminder-handlers.ts';
import { suggestionHandlers } from './suggestion-handlers.ts';
import { demoHandlers } from './demo-handlers.ts';
import { settingsHandlers } from './settings-handlers.ts';
import { staffHandlers } from './staff-handlers.ts';
import { trashHandlers } from './trash-handlers.ts';
import { authHandlers } from './auth-handlers.ts';
import { auditHandlers } from './audit-handlers.ts';
import { privacyHandlers } from './privacy-handlers.ts';
import { insightsHandlers } from './insights-handlers.ts';
import { segmentHandlers } from './segment-handlers.ts';

/** Channels marked `async` in the contract (PIN hashing) answer with a promise; all others at once. */
export type Handler<C extends Channel> = (
  ctx: CoreContext,
  input: ChannelParsedInput<C>,
) => C extends AsyncChannel ? Promise<ChannelOutput<C>> : ChannelOutput<C>;
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
  ...loyaltyHandlers,
  ...importHandlers,
  ...exportHandlers,
  ...backupHandlers,
  ...authHandlers,
  ...auditHandlers,
  ...privacyHandlers,
  ...reminderHandlers,
  ...insightsHandlers,
  ...segmentHandlers,
  ...suggestionHandlers,
  ...demoHandlers,
};
