import type { Customer } from '../../../../shared/domain/customer.ts';
import type { ImportOptionsInput, ImportReport, JobProgress } from '../../../../shared/domain/imports.ts';
import type { Result } from '../../../../shared/ipc/result.ts';
import type { Core } from '../../core.ts';
import { runImportNow } from '../../services/imports.ts';

// Shared by the import tests: a file's text through the importer, and the customers it left.

export function importText(
  core: Core,
  text: string | Uint8Array,
  options: ImportOptionsInput,
  fileName = 'contacts.csv',
) {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return runImportNow(core.ctx, { fileName, bytes }, options);
}

export function ok<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data as T;
}

/** Every live customer, in the list's order, as customers:get returns them. */
export function allCustomers(core: Core): Customer[] {
  return core.ctx.db
    .prepare<[], string>('SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY sort_name, seq')
    .pluck()
    .all()
    .map((id) => ok<{ customer: Customer }>(core.call('customers:get', { id })).customer);
}

/** Uploads a file in small chunks, as the wizard does, and returns its upload id. */
export function upload(
  core: Core,
  bytes: Uint8Array,
  fileName = 'contacts.csv',
  chunkBytes = 64 * 1024,
): string {
  let uploadId: string | undefined;
  for (let start = 0; start < Math.max(bytes.length, 1); start += chunkBytes) {
    const chunk = Buffer.from(bytes.subarray(start, start + chunkBytes)).toString('base64');
    uploadId = ok<{ uploadId: string }>(core.call('imports:upload', { uploadId, fileName, chunk })).uploadId;
  }
  return uploadId ?? '';
}

export type Status = JobProgress & { report: ImportReport | null };

/** Polls a job until it is no longer running, collecting the progress seen on the way. */
export async function waitForImport(core: Core, jobId: string, seen: Status[] = []): Promise<Status> {
  for (;;) {
    const status = ok<Status>(core.call('imports:status', { jobId }));
    seen.push(status);
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
