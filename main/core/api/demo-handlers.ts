import { createDemoShop, demoStatus, removeDemoShop } from '../demo/demo-shop.ts';
import type { HandlerMap } from './handlers.ts';

export const demoHandlers: HandlerMap<'demo:status' | 'demo:create' | 'demo:remove'> = {
  'demo:status': (ctx) => demoStatus(ctx),
  'demo:create': (ctx) => createDemoShop(ctx),
  'demo:remove': (ctx) => removeDemoShop(ctx),
};
