import type { CoreContext } from '../context.ts';
import type { Db } from '../db/open.ts';
import { AppError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';

// The renderer cannot hand the core a file path (it is sandboxed and untrusted), so it sends the
// file's bytes in chunks small enough for any transport. They wait here, in memory, for the
// wizard's inspect, dry run and import; only the latest few uploads are kept.

export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;
const KEPT_UPLOADS = 3;

interface Upload {
  id: string;
  fileName: string;
  chunks: Buffer[];
  size: number;
  touchedAt: number;
}

const stores = new WeakMap<Db, Map<string, Upload>>();

function store(ctx: CoreContext): Map<string, Upload> {
  let uploads = stores.get(ctx.db);
  if (!uploads) {
    uploads = new Map();
    stores.set(ctx.db, uploads);
  }
  return uploads;
}

/** Adds a chunk (base64) to an upload, starting a new one when no id is given. */
export function appendUpload(
  ctx: CoreContext,
  input: { uploadId?: string | undefined; fileName: string; chunk: string },
): { uploadId: string; size: number } {
  const uploads = store(ctx);
  let upload = input.uploadId === undefined ? undefined : uploads.get(input.uploadId);
  if (input.uploadId !== undefined && !upload) throw notFound('upload', input.uploadId);
  if (!upload) {
    upload = { id: newId(ctx.now()), fileName: input.fileName, chunks: [], size: 0, touchedAt: ctx.now() };
    uploads.set(upload.id, upload);
    const oldest = [...uploads.values()].sort((a, b) => a.touchedAt - b.touchedAt);
    for (const old of oldest.slice(0, Math.max(0, uploads.size - KEPT_UPLOADS))) uploads.delete(old.id);
  }
  const bytes = Buffer.from(input.chunk, 'base64');
  if (upload.size + bytes.length > MAX_UPLOAD_BYTES) {
    uploads.delete(upload.id);
    throw new AppError(
      'invalid_input',
      `chunk: the file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
      'chunk',
    );
  }
  upload.chunks.push(bytes);
  upload.size += bytes.length;
  upload.touchedAt = ctx.now();
  return { uploadId: upload.id, size: upload.size };
}

export function readUpload(ctx: CoreContext, uploadId: string): { fileName: string; bytes: Uint8Array } {
  const upload = store(ctx).get(uploadId);
  if (!upload) throw notFound('upload', uploadId);
  if (upload.chunks.length > 1) upload.chunks = [Buffer.concat(upload.chunks)];
  const bytes = upload.chunks[0] ?? Buffer.alloc(0);
  return {
    fileName: upload.fileName,
    bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  };
}
