import { cancelExport, exportChunk, exportStatus, listExports, startExport } from '../services/exports.ts';
import type { HandlerMap } from './handlers.ts';

export const exportHandlers: HandlerMap<
  'exports:start' | 'exports:status' | 'exports:cancel' | 'exports:chunk' | 'exports:list'
> = {
  'exports:start': (ctx, input) => startExport(ctx, input),
  'exports:status': (ctx, input) => exportStatus(ctx, input.jobId),
  'exports:cancel': (ctx, input) => cancelExport(ctx, input.jobId),
  'exports:chunk': (ctx, input) => exportChunk(ctx, input.jobId, input.index),
  'exports:list': (ctx, input) => listExports(ctx, input.limit),
};
