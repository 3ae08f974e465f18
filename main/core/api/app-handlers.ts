import { getAppInfo } from '../services/app-info.ts';
import type { HandlerMap } from './handlers.ts';

export const appHandlers: HandlerMap<'app:info'> = {
  'app:info': (ctx) => getAppInfo(ctx),
};
