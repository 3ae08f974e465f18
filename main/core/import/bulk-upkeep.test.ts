import { afterEach, expect, it } from 'vitest';
import type { Customer } from '../../../shared/domain/customer.ts';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';
import { importText, ok } from './test-support/import-helpers.ts';

// A bulk import sets the per-row triggers aside and does their work in one statement at the end
// (repos/bulk-upkeep.ts), and into an empty table builds the indexes after the rows
// (db/set-aside-indexes.ts). What it leaves must be exactly what the triggers leave row by row.

const cores: TempCore[] = [];
afterEach(() => cores.splice(0).forEach((core) => core.dispose()));

function shop(): { core: TempCore; ann: Customer; bo: Customer } {
  const core = makeTempCore({ now: () => Date.UTC(2026, 0, 10, 9, 0) });
  cores.push(core);
  const ann = ok<Customer>(core.call('customers:create', { firstName: 'Ann', code: 'C-1' }));
  const bo = ok<Customer>(core.call('customers:create', { firstName: 'Bo', code: 'C-2' }));
  // History already there, between and around the days imported.
  for (const [customer, day] of [
    [ann, '2025-03-02T12:00'],
    [ann, '2025-04-01T09:00'],
    [bo, '2025-02-01T09:00'],
  ] as const) {
    ok(
      core.call('interactions:log', {
        customerId: customer.id,
        kind: 'visit',
        occurredAt: new Date(day).getTime(),
      }),
    );
  }
  return { core, ann, bo };
}

// Out of order, two on one day, a day before and after the existing ones, a non-visit kind.
const HISTORY = [
  ['C-1', '2025-03-05 10:30', 'purchase', '12.50'],
  ['C-1', '2025-03-01 08:00', 'visit', ''],
  ['C-1', '2025-03-05 18:00', 'purchase', '3.00'],
  ['C-2', '2025-05-20 11:00', 'purchase', '40.00'],
  ['C-2', '2025-01-15 11:00', 'note', ''],
  ['C-1', '2025-05-02 10:00', 'visit', ''],
] as const;

const visitDays = (core: TempCore) =>
  core.ctx.db
    .prepare(
      `SELECT c.first_name, v.day, v.prev_day, v.next_day, v.entries, v.spend_minor FROM visit_days v
       JOIN customers c ON c.seq = v.customer_seq ORDER BY c.first_name, v.day`,
    )
    .all();
const schema = (core: TempCore) =>
  core.ctx.db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') ORDER BY name")
    .all();

it('leaves the same visit days as logging the same history one by one, and puts its triggers back', () => {
  const imported = shop();
  const csv = ['customer_ref,occurred_at,kind,amount', ...HISTORY.map((row) => row.join(','))].join('\n');
  const schemaBefore = schema(imported.core);
  const zoneBefore = process.env.TZ;
  expect(importText(imported.core, csv, { kind: 'interactions' }, 'till.csv').report.imported).toBe(6);
  // The zone it may name in TZ while saving (db/local-zone.ts) is unnamed again.
  expect(process.env.TZ).toBe(zoneBefore);

  const logged = shop();
  for (const [code, at, kind, amount] of HISTORY) {
    const customer = code === 'C-1' ? logged.ann : logged.bo;
    ok(
      logged.core.call('interactions:log', {
        customerId: customer.id,
        kind,
        occurredAt: new Date(at.replace(' ', 'T')).getTime(),
        ...(amount === '' ? {} : { amountMinor: Math.round(Number(amount) * 100) }),
      }),
    );
  }
  expect(visitDays(imported.core)).toEqual(visitDays(logged.core));
  expect(visitDays(imported.core)).toHaveLength(7);
  expect(imported.core.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(schema(imported.core)).toEqual(schemaBefore);
});

it('makes imported customers findable by every field the search reads, as creating them does', () => {
  const core = makeTempCore();
  cores.push(core);
  ok(core.call('customers:create', { firstName: 'Zed', phone: '+39 333 000 1111' }));
  const csv = [
    'First Name,Last Name,Phone,Email,Notes,Code',
    'Núria,Šimek,+39 333 123 4567,nuria@example.com,likes cortado,K-77',
    'Bob,Brown,,bob@example.com,,',
  ].join('\n');
  const schemaBefore = schema(core);
  importText(core, csv, { kind: 'customers' });
  // Its indexes, set aside while it wrote (more rows than the table had), are back and complete.
  expect(schema(core)).toEqual(schemaBefore);
  expect(core.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
  const found = (query: string) =>
    ok<{ firstName: string }[]>(core.call('customers:search', { query, limit: 5 })).map(
      (item) => item.firstName,
    );
  for (const query of ['nuria', 'simek', '4567', 'nuria@example', 'cortado', 'K-77'])
    expect(found(query)).toEqual(['Núria']);
  expect(found('bob@')).toEqual(['Bob']);
  expect(found('1111')).toEqual(['Zed']);
  const counts = core.ctx.db
    .prepare(
      'SELECT (SELECT count(*) FROM customers) AS customers, (SELECT count(*) FROM customers_search) AS indexed',
    )
    .get();
  expect(counts).toEqual({ customers: 3, indexed: 3 });
});
