import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Customer } from '../../../shared/domain/customer.ts';
import { importText, ok } from '../import/test-support/import-helpers.ts';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';
import { CAFE_PROGRAM } from './test-program.ts';

// Imports write interactions behind the services' back: the ledger must still come out right,
// earning only when the owner asked, and giving the points back when the import is undone.

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 10, 9, 0);
let now = T0;
let core: TempCore;
let ann: Customer;

beforeEach(() => {
  now = T0;
  core = makeTempCore({ now: () => now });
  ann = ok(core.call('customers:create', { firstName: 'Ann', code: 'C-1' }));
  ok(core.call('loyalty:setProgram', { program: CAFE_PROGRAM }));
  now = T0 + 2 * DAY;
});
afterEach(() => core.dispose());

// A purchase of 12.50 the day after the program started: 12 points at 1 point per 1.00.
const day = new Date(T0 + DAY);
const TILL = [
  'customer_ref,occurred_at,kind,amount,external_id',
  `C-1,${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')} 12:00,purchase,12.50,R-1`,
].join('\n');

const balance = () => ok<{ balance: number }>(core.call('loyalty:status', { customerId: ann.id })).balance;

it('earns the points of imported purchases when asked, and takes them back when the import is undone', () => {
  const { report } = importText(core, TILL, { kind: 'interactions', earnPoints: true }, 'till.csv');
  expect(report.imported).toBe(1);
  expect(balance()).toBe(12);

  ok(core.call('imports:undo', { importId: report.importId ?? '' }));
  expect(balance()).toBe(0);
  const ledger = ok<{ rows: Array<{ points: number }> }>(core.call('loyalty:ledger', { customerId: ann.id }));
  // Given back by a new row, never by deleting the one that earned them.
  expect(ledger.rows.map((row) => row.points).sort((a, b) => a - b)).toEqual([-12, 12]);
});

it('keeps imported history out of the ledger unless asked', () => {
  importText(core, TILL, { kind: 'interactions' }, 'till.csv');
  expect(balance()).toBe(0);
});
