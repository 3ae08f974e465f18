import { getAppInfo } from '../services/app-info.ts';
import type { HandlerMap } from './handlers.ts';

export const appHandlers: HandlerMap<'app:info' | 'app:showDataFolder'> = {
  'app:info': (ctx) => getAppInfo(ctx),
  'app:showDataFolder': (ctx) => {
    const show = ctx.host.showInFolder;
    if (!show) return { shown: false };
    show(ctx.databasePath);
    return { shown: true };
  },
};
