import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';

// Today reads a few index entries per kind of reason, never every customer: the plans say so.

let core: TempCore;
beforeEach(() => {
  core = makeTempCore();
});
afterEach(() => core.dispose());

function plan(sql: string): string {
  return (core.ctx.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
    .map((row) => row.detail)
    .join('\n');
}

it.each([
  [
    'SELECT customer_id FROM customer_rhythm WHERE stop_day > 5 AND due_day <= 5',
    'customer_rhythm USING COVERING INDEX customer_rhythm_window (stop_day>?)',
  ],
  [
    'SELECT customer_id FROM customer_rhythm WHERE visit_days = 1 AND last_day <= 5 AND last_day > 1',
    'customer_rhythm USING COVERING INDEX customer_rhythm_one_visit (last_day>? AND last_day<?)',
  ],
  [
    "SELECT id FROM customers WHERE birthday <> '' AND deleted_at IS NULL AND substr(birthday, -5) IN ('02-28', '02-29')",
    'customers USING INDEX customers_by_birthday (<expr>=?)',
  ],
  [
    "SELECT customer_id FROM customer_field_values WHERE field_id = 'f' AND substr(value, 7, 5) IN ('05-17')",
    'customer_field_values USING COVERING INDEX customer_field_values_by_month_day (field_id=? AND <expr>=?)',
  ],
])('%s', (sql, expected) => {
  expect(plan(sql)).toContain(`SEARCH ${expected}`);
});
