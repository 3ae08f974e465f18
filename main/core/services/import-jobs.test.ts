import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportRecord } from '../../../shared/domain/imports.ts';
import { fingerprint as snapshotDatabase } from '../test-support/db-fingerprint.ts';
import {
  allCustomers,
  importText,
  ok,
  upload,
  waitForImport,
  type Status,
} from '../import/test-support/import-helpers.ts';
import { makeTempCore, tableCounts, type TempCore } from '../test-support/temp-core.ts';

let core: TempCore;
beforeEach(() => {
  core = makeTempCore();
  ok(core.call('settings:update', { defaultCountry: 'US' }));
});
afterEach(() => core.dispose());

function bigFile(rows: number): Uint8Array {
  const lines = ['First Name,Last Name,Email,Tags'];
  for (let i = 0; i < rows; i++) lines.push(`Name${i},Family${i % 97},person${i}@example.com,t${i % 5}`);
  return new TextEncoder().encode(lines.join('\n'));
}

const start = (uploadId: string, options: object) =>
  ok<{ jobId: string }>(core.call('imports:start', { uploadId, options })).jobId;

describe('an import as a job', () => {
  it('reports progress through its phases while other calls are served, then a report', async () => {
    const uploadId = upload(core, bigFile(6000));
    const jobId = start(uploadId, { kind: 'customers' });
    const seen: Status[] = [];
    // Between the job's slices the core answers other calls, e.g. a search at the counter.
    expect(core.call('customers:search', { query: 'Name1' }).ok).toBe(true);
    const done = await waitForImport(core, jobId, seen);
    expect(done).toMatchObject({
      state: 'done',
      phase: 'done',
      error: null,
      report: { imported: 6000, rejected: 0 },
    });
    const phases = new Set(seen.map((status) => status.phase));
    expect(phases.has('checking') || phases.has('saving')).toBe(true);
    const progress = seen.filter((status) => status.phase === 'saving').map((status) => status.done);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(tableCounts(core).customers).toBe(6000);
    expect(core.events.map((e) => e.event)).toContain('imports:changed');
  });

  /** Starts an import, lets it get to saving (triggers and indexes set aside, rows written), and stops it there. */
  async function cancelWhileSaving(file: Uint8Array, options: object): Promise<string> {
    const jobId = start(upload(core, file), options);
    let status: Status;
    do {
      await new Promise((resolve) => setTimeout(resolve, 5));
      status = ok<Status>(core.call('imports:status', { jobId }));
    } while (status.state === 'running' && status.phase !== 'saving');
    expect(status).toMatchObject({ state: 'running', phase: 'saving' });
    expect(ok(core.call('imports:cancel', { jobId }))).toEqual({ cancelled: true });
    expect(await waitForImport(core, jobId)).toMatchObject({ state: 'cancelled', report: null });
    return jobId;
  }

  const schema = () =>
    core.ctx.db
      .prepare("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') ORDER BY name")
      .all();

  it('cancelled, it saves nothing at all, and the triggers and indexes it set aside are back', async () => {
    const schemaBefore = schema();
    const before = snapshotDatabase(core.ctx.db);
    const jobId = await cancelWhileSaving(bigFile(20_000), { kind: 'customers' });
    expect(snapshotDatabase(core.ctx.db)).toEqual(before);
    expect(schema()).toEqual(schemaBefore);
    expect(core.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(ok(core.call('imports:cancel', { jobId }))).toEqual({ cancelled: false });
  });

  it('cancelled while saving history, it leaves the customers, the history and its indexes as they were', async () => {
    importText(core, bigFile(500), { kind: 'customers' });
    const lines = ['customer_ref,occurred_at,kind,amount,external_id'];
    for (let i = 0; i < 30_000; i++)
      lines.push(
        `person${i % 500}@example.com,2025-0${1 + (i % 9)}-1${i % 10} 10:00,purchase,${i % 50}.50,T${i}`,
      );
    const schemaBefore = schema();
    const before = snapshotDatabase(core.ctx.db);
    await cancelWhileSaving(new TextEncoder().encode(lines.join('\n')), { kind: 'interactions' });
    expect(snapshotDatabase(core.ctx.db)).toEqual(before);
    expect(schema()).toEqual(schemaBefore);
    expect(core.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses writes at the counter with a clear message while it holds the write lock, and takes them after', async () => {
    const jobId = start(upload(core, bigFile(20_000)), { kind: 'customers' });
    let refused: unknown;
    for (
      let status = ok<Status>(core.call('imports:status', { jobId }));
      status.state === 'running';
      status = ok<Status>(core.call('imports:status', { jobId }))
    ) {
      if (status.phase === 'saving' && refused === undefined)
        refused = core.call('customers:create', { firstName: 'Walk-in' });
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: expect.stringMatching(/busy saving an import; nothing was changed/) as string,
      },
    });
    expect(core.call('customers:create', { firstName: 'Walk-in' }).ok).toBe(true);
  });

  it('offers the rejected rows of a finished import as CSV', async () => {
    const text = 'First Name,Email\nAnn,ann@example.com\nBo,not-an-email\n';
    const jobId = start(upload(core, new TextEncoder().encode(text), 'till export.csv'), {
      kind: 'customers',
      dryRun: true,
    });
    await waitForImport(core, jobId);
    expect(ok(core.call('imports:rejects', { jobId }))).toEqual({
      fileName: 'till export-rejected-rows.csv',
      csv: '\ufeffRow,Reason,First Name,Email\r\n3,email: must look like name@example.com,Bo,not-an-email\r\n',
    });
  });

  it('reports a file it cannot read as the job error, with the field at fault', async () => {
    const jobId = start(upload(core, new Uint8Array([0xff, 0xfe, 0x41])), { kind: 'customers' });
    expect(await waitForImport(core, jobId)).toMatchObject({
      state: 'failed',
      error: { code: 'invalid_input', field: 'encoding' },
    });
  });

  it('refuses an upload over the size limit and a chunk for an unknown upload', () => {
    expect(core.call('imports:upload', { uploadId: 'nope', fileName: 'a.csv', chunk: 'QQ==' })).toMatchObject(
      { ok: false, error: { code: 'not_found' } },
    );
    expect(core.call('imports:start', { uploadId: 'nope', options: { kind: 'customers' } })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('undoing an import', () => {
  const list = () => ok<ImportRecord[]>(core.call('imports:list', {}));

  it('removes what it created and restores what it changed, exactly', () => {
    const ann = ok<{ id: string }>(
      core.call('customers:create', {
        firstName: 'Ann',
        email: 'ann@example.com',
        tags: ['vip'],
        notes: 'old note',
      }),
    );
    const before = snapshotDatabase(core.ctx.db);
    const run = importText(
      core,
      'First Name,Email,Notes,Tags\nAnn,ann@example.com,new note,regular\nBo,bo@example.com,,new\n',
      { kind: 'customers', onDuplicate: 'overwrite' },
    );
    expect(run.report).toMatchObject({ imported: 1, updated: 1 });
    expect(list()).toEqual([
      expect.objectContaining({
        id: run.report.importId,
        fileName: 'contacts.csv',
        imported: 1,
        updated: 1,
        undoneAt: null,
      }),
    ]);

    expect(ok(core.call('imports:undo', { importId: run.report.importId ?? '' }))).toEqual({
      removedCustomers: 1,
      restoredCustomers: 1,
      removedInteractions: 0,
    });
    const after = snapshotDatabase(core.ctx.db);
    // Everything is as it was but the journal, which now says the import was undone, and the
    // audit trail, which says it was imported and undone.
    const journal = ['imports', 'import_customers', 'import_before_images', 'audit_log'];
    const strip = (s: typeof before) =>
      Object.fromEntries(Object.entries(s.counts).filter(([table]) => !journal.includes(table)));
    expect(strip(after)).toEqual(strip(before));
    expect(after.counts.audit_log).toBe((before.counts.audit_log ?? 0) + 2);
    expect(allCustomers(core)).toEqual([
      expect.objectContaining({ id: ann.id, notes: 'old note', tags: ['vip'] }),
    ]);
    expect(list()[0]?.undoneAt).not.toBeNull();
    expect(core.call('imports:undo', { importId: run.report.importId ?? '' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'This import has already been undone.' },
    });
  });

  it('is refused, changing nothing, when a customer it touched changed since', () => {
    const run = importText(core, 'First Name,Email\nBo,bo@example.com\nCy,cy@example.com\n', {
      kind: 'customers',
    });
    const bo = allCustomers(core).find((c) => c.firstName === 'Bo');
    ok(core.call('interactions:log', { customerId: bo?.id ?? '', kind: 'visit' }));
    const before = snapshotDatabase(core.ctx.db);
    expect(core.call('imports:undo', { importId: run.report.importId ?? '' })).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: 'This import cannot be undone: Bo has visits or notes logged since the import.',
      },
    });
    expect(snapshotDatabase(core.ctx.db)).toEqual(before);
    ok(core.call('customers:bulkTag', { ids: [bo?.id ?? ''], tag: 'late', action: 'add' }));
    const tagged = snapshotDatabase(core.ctx.db);
    expect(core.call('imports:undo', { importId: run.report.importId ?? '' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Bo changed since \(edited, tagged or merged\)/) as string },
    });
    expect(snapshotDatabase(core.ctx.db)).toEqual(tagged);
  });
});
