import { UPLOAD_CHUNK_BYTES } from '../../../../shared/ipc/channels/imports.ts';
import type { Call } from '../../bridge/call.ts';
import { bytesToBase64 } from '../Download/download.ts';

/**
 * Sends a chosen file to the core in chunks small enough for any transport. The renderer reads
 * the file itself (it may not hand the core a path), so only what the user picked ever leaves it.
 */
export async function uploadFile(
  call: Call,
  file: File,
  onProgress: (sent: number) => void,
): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let uploadId: string | undefined;
  for (let start = 0; start < Math.max(bytes.length, 1); start += UPLOAD_CHUNK_BYTES) {
    const chunk = bytesToBase64(bytes.subarray(start, start + UPLOAD_CHUNK_BYTES));
    const sent = await call('imports:upload', {
      fileName: file.name.slice(0, 255) || 'file',
      chunk,
      ...(uploadId ? { uploadId } : {}),
    });
    uploadId = sent.uploadId;
    onProgress(Math.min(start + UPLOAD_CHUNK_BYTES, bytes.length));
  }
  return uploadId ?? '';
}
