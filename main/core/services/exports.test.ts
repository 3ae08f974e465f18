import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer } from '../../../shared/domain/customer.ts';
import type { ExportFile, ExportRecord } from '../../../shared/domain/exports.ts';
import type { JobProgress } from '../../../shared/domain/imports.ts';
import type { Staff } from '../../../shared/domain/staff.ts';
import { parseCsv } from '../import/csv-read.ts';
import { parseVcards } from '../import/vcard-read.ts';
import { ok } from '../import/test-support/import-helpers.ts';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';
import { runExportNow } from './exports.ts';
import { setCurrentStaffId } from './session.ts';

let core: TempCore;
let ann: Customer;
let bo: Customer;
let sam: Staff;
const T0 = Date.UTC(2026, 0, 10, 9, 0);
beforeEach(() => {
  core = makeTempCore({ now: () => T0 });
  sam = ok(core.call('staff:create', { displayName: 'Sam Okafor' }));
  // A manager may export by default; signed in as Sam, the exports are stamped with his name.
  ok(core.call('auth:setRole', { staffId: sam.id, role: 'manager' }));
  setCurrentStaffId(core.ctx, sam.id);
  ann = ok(
    core.call('customers:create', {
      firstName: 'Ann',
      lastName: 'Lee',
      email: 'ann@example.com',
      phone: '+39 333 1234567',
      tags: ['vip'],
      notes: '=1+1',
      consents: [{ channel: 'email', granted: true, source: 'counter form' }],
    }),
  );
  bo = ok(
    core.call('customers:create', {
      firstName: 'Bo',
      lastName: 'Ek',
      email: 'bo@example.com',
      consents: [{ channel: 'email', granted: false, source: 'counter form' }],
    }),
  );
  ok(
    core.call('customers:create', {
      firstName: 'Cy',
      lastName: 'Ray',
      consents: [{ channel: 'email', granted: true, source: 'web' }],
    }),
  );
});
afterEach(() => core.dispose());

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const csvRows = (bytes: Uint8Array) => parseCsv(text(bytes).replace(/^\ufeff/, ''), ',').map((r) => r.cells);

describe('exporting contact lists', () => {
  it('writes CSV with a BOM for Excel, chosen columns, and no cell a spreadsheet would run', () => {
    const output = runExportNow(core.ctx, {
      format: 'csv',
      columns: ['first_name', 'phone', 'notes', 'tags'],
    });
    expect(text(output.bytes).startsWith('\ufeffFirst Name,Phone,Notes,Tags\r\n')).toBe(true);
    expect(csvRows(output.bytes)).toEqual([
      ['First Name', 'Phone', 'Notes', 'Tags'],
      ['Bo', '', '', ''],
      ['Ann', "'+39 333 1234567", "'=1+1", 'vip'],
      ['Cy', '', '', ''],
    ]);
    expect(output).toMatchObject({
      rows: 3,
      mimeType: 'text/csv;charset=utf-8',
      fileName: 'regulars-contacts-2026-01-10.csv',
    });
  });

  it('exports a tag, a filter or a selection', () => {
    const names = (scope: object) =>
      csvRows(runExportNow(core.ctx, { scope: scope as never, columns: ['first_name'] }).bytes)
        .slice(1)
        .flat();
    expect(names({ kind: 'filter', filter: { tags: ['VIP'] } })).toEqual(['Ann']);
    expect(names({ kind: 'filter', filter: { consent: 'email' } })).toEqual(['Ann', 'Cy']);
    expect(names({ kind: 'selection', ids: [bo.id, ann.id, 'gone'] })).toEqual(['Bo', 'Ann']);
    expect(names({ kind: 'filter', filter: { tags: ['nobody has this'] } })).toEqual([]);
  });

  it('the mailing list holds only customers with e-mail consent and an address, with its date and source', () => {
    const output = runExportNow(core.ctx, { preset: 'mailing' });
    expect(csvRows(output.bytes)).toEqual([
      ['Email', 'First Name', 'Last Name', 'Email Consent Date', 'Email Consent Source'],
      ['ann@example.com', 'Ann', 'Lee', new Date(T0).toISOString(), 'counter form'],
    ]);
    expect(output.fileName).toBe('regulars-mailing-list-2026-01-10.csv');
  });

  it('writes vCard 4.0 and 3.0 for phones', () => {
    for (const format of ['vcard', 'vcard3'] as const) {
      const output = runExportNow(core.ctx, { format });
      const { contacts } = parseVcards(text(output.bytes));
      expect(contacts.map((c) => [c.version, c.fullName])).toEqual([
        [format === 'vcard' ? '4.0' : '3.0', 'Bo Ek'],
        [format === 'vcard' ? '4.0' : '3.0', 'Ann Lee'],
        [format === 'vcard' ? '4.0' : '3.0', 'Cy Ray'],
      ]);
      expect(output.fileName.endsWith('.vcf')).toBe(true);
    }
  });

  it('records every export: who, when, how, how many', () => {
    runExportNow(core.ctx, { format: 'xlsx', scope: { kind: 'selection', ids: [ann.id] } });
    runExportNow(core.ctx, { preset: 'mailing' });
    expect(ok<ExportRecord[]>(core.call('exports:list', {}))).toEqual([
      expect.objectContaining({
        format: 'csv',
        preset: 'mailing',
        rows: 1,
        staffId: sam.id,
        exportedAt: T0,
        scope: '{"kind":"all"}',
      }),
      expect.objectContaining({
        format: 'xlsx',
        preset: 'contacts',
        rows: 1,
        staffId: sam.id,
        scope: '{"kind":"selection","count":1}',
      }),
    ]);
  });

  it('as a job, the file comes back in chunks identical to the export done at once', async () => {
    const jobId = ok<{ jobId: string }>(core.call('exports:start', { format: 'vcard' })).jobId;
    let status: JobProgress & { file: ExportFile | null };
    do {
      await new Promise((resolve) => setTimeout(resolve, 2));
      status = ok(core.call('exports:status', { jobId }));
    } while (status.state === 'running');
    expect(status).toMatchObject({
      state: 'done',
      file: { rows: 3, chunks: 1, mimeType: 'text/vcard;charset=utf-8' },
    });
    const data = ok<{ data: string }>(core.call('exports:chunk', { jobId, index: 0 })).data;
    expect(Buffer.from(data, 'base64')).toEqual(
      Buffer.from(runExportNow(core.ctx, { format: 'vcard' }).bytes),
    );
    expect(core.call('exports:chunk', { jobId, index: 1 })).toMatchObject({
      ok: false,
      error: { field: 'index' },
    });
    expect(ok<ExportRecord[]>(core.call('exports:list', {}))).toHaveLength(2);
  });

  it('refuses an unknown column, changing nothing', () => {
    expect(core.call('exports:start', { columns: ['password'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'columns.0' },
    });
    expect(ok<ExportRecord[]>(core.call('exports:list', {}))).toEqual([]);
  });
});
