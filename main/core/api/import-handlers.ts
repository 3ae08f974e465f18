import { deleteMapping, listImports, listSavedMappings, saveMapping } from '../import/import-journal.ts';
import { undoImport } from '../import/undo-import.ts';
import {
  cancelImport,
  importRejects,
  importStatus,
  inspectUpload,
  startImport,
  uploadImportChunk,
} from '../services/imports.ts';
import type { HandlerMap } from './handlers.ts';

export const importHandlers: HandlerMap<
  | 'imports:upload'
  | 'imports:inspect'
  | 'imports:start'
  | 'imports:status'
  | 'imports:cancel'
  | 'imports:rejects'
  | 'imports:list'
  | 'imports:undo'
  | 'imports:mappings'
  | 'imports:saveMapping'
  | 'imports:deleteMapping'
> = {
  'imports:upload': (ctx, input) => uploadImportChunk(ctx, input),
  'imports:inspect': (ctx, input) => inspectUpload(ctx, input),
  'imports:start': (ctx, input) => startImport(ctx, input.uploadId, input.options),
  'imports:status': (ctx, input) => importStatus(ctx, input.jobId),
  'imports:cancel': (ctx, input) => cancelImport(ctx, input.jobId),
  'imports:rejects': (ctx, input) => importRejects(ctx, input.jobId),
  'imports:list': (ctx, input) => listImports(ctx, input.limit),
  'imports:undo': (ctx, input) => undoImport(ctx, input.importId),
  'imports:mappings': (ctx) => listSavedMappings(ctx),
  'imports:saveMapping': (ctx, input) => saveMapping(ctx, input),
  'imports:deleteMapping': (ctx, input) => deleteMapping(ctx, input.name),
};
