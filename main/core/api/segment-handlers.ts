import { listSetCustomers } from '../insights/customer-sets.ts';
import { exportSet, tagSet } from '../insights/segment-export.ts';
import { pickSetForFollowUps } from '../insights/segment-picks.ts';
import {
  countSegment,
  createSegment,
  deleteSegment,
  getSegment,
  listSegments,
  updateSegment,
} from '../insights/segments.ts';
import type { HandlerMap } from './handlers.ts';

export const segmentHandlers: HandlerMap<
  | 'segments:list'
  | 'segments:get'
  | 'segments:create'
  | 'segments:update'
  | 'segments:delete'
  | 'segments:count'
  | 'segments:customers'
  | 'segments:export'
  | 'segments:tag'
  | 'segments:pickForFollowUps'
> = {
  'segments:list': (ctx) => listSegments(ctx),
  'segments:get': (ctx, input) => getSegment(ctx, input.id),
  'segments:create': (ctx, input) => createSegment(ctx, input),
  'segments:update': (ctx, input) => updateSegment(ctx, input),
  'segments:delete': (ctx, input) => deleteSegment(ctx, input.id),
  'segments:count': (ctx, input) => countSegment(ctx, input),
  'segments:customers': (ctx, input) => listSetCustomers(ctx, input),
  'segments:export': (ctx, input) => exportSet(ctx, input),
  'segments:tag': (ctx, input) => tagSet(ctx, input),
  'segments:pickForFollowUps': (ctx, input) => pickSetForFollowUps(ctx, input),
};
