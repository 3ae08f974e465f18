import { join } from 'node:path';
import { foldText } from '../../shared/domain/text.ts';
import { createCore, type Core } from '../core/core.ts';
import { csvLine } from '../core/export/csv-write.ts';
import type { Db } from '../core/db/open.ts';
import { openDatabase } from '../core/db/open.ts';
import { parseCsv } from '../core/import/csv-read.ts';
import { newId } from '../core/ids.ts';
import { runExportNow } from '../core/services/exports.ts';
import { runImportNow } from '../core/services/imports.ts';
import type { Shop } from '../core/demo/generate-shop.ts';
import { customersCsv, interactionsCsv } from './import-files.ts';
import { single, timeMs } from './measure.ts';
import { result, type OperationResult } from './report.ts';

// Issue 7's operations, end to end on files: import a customer list and a till's purchase
// history into an empty shop, then export everyone as CSV and vCard. Each baseline does the
// same reading and writing in plain statements, without validation, normalisation, matching,
// the undo journal or search-text upkeep beyond the schema's own triggers.
export const IMPORT_TARGETS = {
  customers: 10_000,
  interactions: 30_000,
  exportCsv: 3_000,
  exportVcard: 5_000,
} as const;

function baselineCustomers(db: Db, bytes: Uint8Array): Map<string, string> {
  const [, ...records] = parseCsv(new TextDecoder().decode(bytes), ',');
  const insert =
    db.prepare(`INSERT INTO customers (id, first_name, last_name, sort_name, phone, phone_digits, email,
    birthday, address, notes, code, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)`);
  const tag = db.prepare(
    'INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = name RETURNING id',
  );
  const link = db.prepare('INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) VALUES (?, ?)');
  const ids = new Map<string, string>();
  db.transaction(() => {
    for (const { cells } of records) {
      const [
        first = '',
        last = '',
        phone = '',
        email = '',
        birthday = '',
        address = '',
        notes = '',
        tags = '',
        code = '',
      ] = cells;
      const id = newId();
      insert.run(
        id,
        first,
        last,
        foldText(`${last} ${first}`),
        phone,
        phone.replace(/\D/g, ''),
        email,
        birthday,
        address,
        notes,
        code || null,
      );
      for (const name of tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean))
        link.run(id, (tag.get(name) as { id: number }).id);
      ids.set(code, id);
    }
  })();
  return ids;
}

function baselineInteractions(db: Db, bytes: Uint8Array, ids: Map<string, string>): void {
  const [, ...records] = parseCsv(new TextDecoder().decode(bytes), ',');
  const insert =
    db.prepare(`INSERT INTO interactions (id, customer_id, occurred_at, kind, amount_minor, note, external_id,
    created_at, updated_at, earns_points) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1, 0)`);
  db.transaction(() => {
    for (const { cells } of records) {
      const [ref = '', at = '', kind = '', amount = '', note = '', external = ''] = cells;
      insert.run(
        newId(),
        ids.get(ref) ?? '',
        Date.parse(at.replace(' ', 'T')),
        kind,
        amount === '' ? null : Math.round(Number(amount) * 100),
        note,
        external,
      );
    }
    db.exec(`UPDATE customers SET (last_visit_at, visit_count) = (SELECT max(occurred_at), count(*) FROM interactions i
      WHERE i.customer_id = customers.id AND i.kind IN ('visit', 'purchase'))`);
  })();
}

function baselineExport(db: Db, format: 'csv' | 'vcard'): number {
  const rows = db
    .prepare<[], Record<string, string | null>>(
      `SELECT c.*, (SELECT group_concat(t.name, ', ') FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = c.id) AS tag_list
       FROM customers c WHERE deleted_at IS NULL ORDER BY sort_name`,
    )
    .all();
  const pieces = rows.map((r) =>
    format === 'csv'
      ? csvLine([
          r.first_name ?? '',
          r.last_name ?? '',
          r.phone ?? '',
          r.email ?? '',
          r.birthday ?? '',
          r.address ?? '',
          r.notes ?? '',
          r.tag_list ?? '',
          r.code ?? '',
        ])
      : `BEGIN:VCARD\r\nVERSION:4.0\r\nFN:${r.first_name} ${r.last_name}\r\nN:${r.last_name};${r.first_name};;;\r\nTEL:${r.phone}\r\nEMAIL:${r.email}\r\nNOTE:${r.notes}\r\nEND:VCARD\r\n`,
  );
  return new TextEncoder().encode(pieces.join('')).length;
}

function timed(
  operation: string,
  target: number,
  project: () => void,
  baseline: () => void,
  notes: string[],
): OperationResult {
  const projectMs = timeMs(project);
  const baselineMs = timeMs(baseline);
  return result(operation, { project: single(projectMs), baseline: single(baselineMs) }, target, notes);
}

/** Imports and exports on fresh databases of their own, so earlier operations do not colour them. */
export function measureImportExport(
  folder: string,
  shop: Shop,
  progress: (message: string) => void,
): OperationResult[] {
  const core: Core = createCore(join(folder, 'import-project.db'));
  const baselineDb = openDatabase(join(folder, 'import-baseline.db'));
  try {
    progress('writing the import files…');
    const customers = customersCsv(shop);
    const interactions = interactionsCsv(shop);
    const mb = (bytes: Uint8Array) => `${(bytes.length / 1e6).toFixed(1)} MB`;
    let ids = new Map<string, string>();
    progress('importing customers…');
    const importCustomers = timed(
      `import ${shop.customers.length} customers (CSV)`,
      IMPORT_TARGETS.customers,
      () =>
        void runImportNow(core.ctx, { fileName: 'customers.csv', bytes: customers }, { kind: 'customers' }),
      () => void (ids = baselineCustomers(baselineDb, customers)),
      [
        `${mb(customers)}; project: decode, detect, map, validate, normalise phones (a second thread reads them ahead), match duplicates, write, journal.`,
        'baseline: the same parser, then one INSERT per customer and tag in one transaction.',
      ],
    );
    progress('importing purchase history…');
    const importInteractions = timed(
      `import ${shop.interactionCount} interactions (CSV)`,
      IMPORT_TARGETS.interactions,
      () =>
        void runImportNow(core.ctx, { fileName: 'till.csv', bytes: interactions }, { kind: 'interactions' }),
      () => baselineInteractions(baselineDb, interactions, ids),
      [
        `${mb(interactions)}; project: also checks each external id and row, refreshes every visit fact, journals.`,
      ],
    );
    progress('exporting…');
    const csv = timed(
      `export ${shop.customers.length} customers (CSV)`,
      IMPORT_TARGETS.exportCsv,
      () => void runExportNow(core.ctx, { format: 'csv' }),
      () => void baselineExport(baselineDb, 'csv'),
      [
        'project: every column incl. consent and custom fields, formula guard, batches of 2000; baseline: one SELECT, nine columns.',
      ],
    );
    const vcard = timed(
      `export ${shop.customers.length} customers (vCard)`,
      IMPORT_TARGETS.exportVcard,
      () => void runExportNow(core.ctx, { format: 'vcard' }),
      () => void baselineExport(baselineDb, 'vcard'),
      ['project: escaped and folded at 75 octets; baseline: unescaped, unfolded lines.'],
    );
    return [importCustomers, importInteractions, csv, vcard];
  } finally {
    core.close();
    baselineDb.close();
  }
}
