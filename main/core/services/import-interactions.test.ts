import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer } from '../../../shared/domain/customer.ts';
import { fingerprint as snapshotDatabase } from '../test-support/db-fingerprint.ts';
import { allCustomers, importText, ok } from '../import/test-support/import-helpers.ts';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';

let core: TempCore;
let ann: Customer;
let bo: Customer;
let cy: Customer;
beforeEach(() => {
  core = makeTempCore({ now: () => Date.UTC(2026, 0, 10, 9, 0) });
  ok(core.call('settings:update', { defaultCountry: 'IT' }));
  ann = ok(core.call('customers:create', { firstName: 'Ann', code: 'C-1', email: 'ann@example.com' }));
  bo = ok(core.call('customers:create', { firstName: 'Bo', email: 'bo@example.com', phone: '333 765 4321' }));
  // Cy's code is Bo's e-mail: a code is matched first.
  cy = ok(core.call('customers:create', { firstName: 'Cy', code: 'bo@example.com' }));
});
afterEach(() => core.dispose());

const TILL = [
  'customer_ref,occurred_at,kind,amount,note,external_id',
  'C-1,2025-03-01 10:30,,12.50,espresso,R-1',
  'ANN@example.com,2025-03-02,visit,,,R-2',
  '+39 333 765 4321,2025-03-03 18:00,purchase,"1.234,50",bike,R-3',
  'bo@example.com,2025-03-04,refund,5.00,returned bell,R-4',
].join('\n');

const rows = () =>
  core.ctx.db
    .prepare(
      'SELECT customer_id, occurred_at, kind, amount_minor, note, external_id, earns_points FROM interactions ORDER BY external_id',
    )
    .all();

describe('importing purchase and visit history', () => {
  it('finds the customer by code, then e-mail, then phone, and keeps imported purchases out of loyalty', () => {
    const { report } = importText(core, TILL, { kind: 'interactions' }, 'till.csv');
    expect(report).toMatchObject({
      kind: 'interactions',
      imported: 4,
      skipped: 0,
      rejected: 0,
      customersCreated: 0,
    });
    expect(rows()).toEqual([
      {
        customer_id: ann.id,
        occurred_at: new Date(2025, 2, 1, 10, 30).getTime(),
        kind: 'purchase',
        amount_minor: 1250,
        note: 'espresso',
        external_id: 'R-1',
        earns_points: 0,
      },
      {
        customer_id: ann.id,
        occurred_at: new Date(2025, 2, 2).getTime(),
        kind: 'visit',
        amount_minor: null,
        note: '',
        external_id: 'R-2',
        earns_points: 0,
      },
      {
        customer_id: bo.id,
        occurred_at: new Date(2025, 2, 3, 18).getTime(),
        kind: 'purchase',
        amount_minor: 123450,
        note: 'bike',
        external_id: 'R-3',
        earns_points: 0,
      },
      {
        customer_id: cy.id,
        occurred_at: new Date(2025, 2, 4).getTime(),
        kind: 'purchase',
        amount_minor: -500,
        note: 'returned bell',
        external_id: 'R-4',
        earns_points: 0,
      },
    ]);
    // The visit facts are kept up to date, as for anything logged at the counter.
    const facts = ok<{ facts: { visits: number; totalSpendMinor: number } }>(
      core.call('customers:get', { id: ann.id }),
    ).facts;
    expect(facts).toMatchObject({ visits: 2, totalSpendMinor: 1250 });
  });

  it('earns points for imported purchases only when asked', () => {
    importText(core, TILL, { kind: 'interactions', earnPoints: true });
    expect(rows().map((row) => (row as { earns_points: number }).earns_points)).toEqual([1, 1, 1, 1]);
  });

  it('adds nothing when the same file is imported again', () => {
    importText(core, TILL, { kind: 'interactions' });
    const before = snapshotDatabase(core.ctx.db);
    const { report } = importText(core, TILL, { kind: 'interactions', dryRun: true });
    expect(report).toMatchObject({ imported: 0, skipped: 4 });
    expect(report.skippedRows[0]).toEqual({
      row: 2,
      field: 'external_id',
      message: 'already imported (external id R-1)',
    });
    expect(snapshotDatabase(core.ctx.db)).toEqual(before);
  });

  it('rejects rows it cannot place, with the reason', () => {
    const text = [
      'customer_ref,occurred_at,kind,amount',
      'nobody@example.com,2025-03-01,,1',
      'C-1,,,1',
      'C-1,yesterday,,1',
      'C-1,2025-03-01,teleport,1',
      'C-1,2025-03-01,visit,-3',
      'C-1,2025-03-01,,lots',
      ',2025-03-01,,1',
    ].join('\n');
    const { report } = importText(core, text, { kind: 'interactions' });
    expect(report.errors).toEqual([
      {
        row: 2,
        field: 'customer_ref',
        message: "no customer has the code, e-mail or phone 'nobody@example.com'",
      },
      { row: 3, field: 'occurred_at', message: 'is empty: every row needs a date' },
      { row: 4, field: 'occurred_at', message: "'yesterday' is not a date" },
      {
        row: 5,
        field: 'kind',
        message: "'teleport' is not a kind Regulars knows (purchase, visit, call, note…)",
      },
      { row: 6, field: 'amount', message: 'must not be negative unless it is a purchase refund' },
      { row: 7, field: 'amount', message: "'lots' is not an amount like 12.50" },
      {
        row: 8,
        field: 'customer_ref',
        message: 'is empty: every row needs a customer code, e-mail or phone',
      },
    ]);
    expect(rows()).toEqual([]);
  });

  it('creates missing customers when asked, named after the reference or the name columns', () => {
    const text = [
      'customer_ref,occurred_at,amount,name',
      'NEW-7,2025-01-01,3,',
      'new-7,2025-01-02,4,',
      'zoe@example.com,2025-01-03,5,Zoe Ray',
      '+39 347 000 1111,2025-01-04,6,',
    ].join('\n');
    const { report } = importText(core, text, { kind: 'interactions', createMissing: true });
    expect(report).toMatchObject({ imported: 4, customersCreated: 3 });
    const made = allCustomers(core).filter((c) => ![ann.id, bo.id, cy.id].includes(c.id));
    expect(made.map((c) => [c.firstName, c.lastName, c.code, c.email, c.phone])).toEqual([
      ['+39 347 000 1111', '', '', '', '+39 347 000 1111'],
      ['NEW-7', '', 'NEW-7', '', ''],
      ['Zoe', 'Ray', '', 'zoe@example.com', ''],
    ]);
  });

  it('needs the customer and date columns, and the date order when dates could go either way', () => {
    expect(() => importText(core, 'who,amount\nC-1,3', { kind: 'interactions' })).toThrow(
      /mapping: no column says who the customer is/,
    );
    expect(() => importText(core, 'customer_ref,date\nC-1,03/04/2025', { kind: 'interactions' })).toThrow(
      /dateOrder: the dates in column "date"/,
    );
    importText(core, 'customer_ref,date\nC-1,03/04/2025', { kind: 'interactions', dateOrder: 'dmy' });
    expect(rows()).toMatchObject([{ occurred_at: new Date(2025, 3, 3).getTime() }]);
  });

  it('undoes as one step: the history and the customers it created go, the facts are counted again', () => {
    const run = importText(core, `${TILL}\nnew@example.com,2025-03-05,,2,,R-5`, {
      kind: 'interactions',
      createMissing: true,
    });
    ok(core.call('interactions:log', { customerId: ann.id, kind: 'visit', amountMinor: 700 }));
    const undone = ok(core.call('imports:undo', { importId: run.report.importId ?? '' }));
    expect(undone).toEqual({ removedCustomers: 1, restoredCustomers: 0, removedInteractions: 5 });
    expect(rows()).toEqual([
      expect.objectContaining({ customer_id: ann.id, amount_minor: 700, external_id: null }),
    ]);
    expect(
      ok<{ facts: { totalSpendMinor: number } }>(core.call('customers:get', { id: ann.id })).facts
        .totalSpendMinor,
    ).toBe(700);
    expect(
      allCustomers(core)
        .map((c) => c.firstName)
        .sort(),
    ).toEqual(['Ann', 'Bo', 'Cy']);
  });
});
