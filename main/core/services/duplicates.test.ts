import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerInput } from '../../../shared/domain/customer.ts';
import type { DuplicatePair } from '../../../shared/domain/duplicates.ts';
import { makeTempCore, tableCounts, type TempCore } from '../test-support/temp-core.ts';
import { createCustomer } from './customers.ts';
import { checkDuplicates, dismissDuplicate, listDuplicates } from './duplicates.ts';
import { SHARED_CONTACT_LIMIT } from './duplicate-scan.ts';

let core: TempCore;
beforeEach(() => {
  // A clock that moves, so ids (time-ordered) tell the older record.
  let clock = Date.UTC(2026, 10, 1);
  core = makeTempCore({ now: () => (clock += 1000) });
});
afterEach(() => core.dispose());

const add = (input: CustomerInput) => createCustomer(core.ctx, input);
const blank = { firstName: '', lastName: '', phone: '', email: '' };
const check = (input: Partial<typeof blank> & { excludeId?: string }) =>
  checkDuplicates(core.ctx, { ...blank, ...input }).map((c) => ({
    name: `${c.customer.firstName} ${c.customer.lastName}`,
    score: c.score,
    reasons: c.reasons,
  }));
const pairNames = (pairs: DuplicatePair[]) =>
  pairs.map((p) =>
    [`${p.a.firstName} ${p.a.lastName}`, `${p.b.firstName} ${p.b.lastName}`].sort().join(' & '),
  );

describe('checkDuplicates (while a customer is typed)', () => {
  it('finds the same phone however it was typed, the same e-mail and similar names, best first', () => {
    add({ firstName: 'José', lastName: 'Núñez', phone: '+39 333 123 4567' });
    add({ firstName: 'Ana', lastName: 'Lee', email: 'Ana.Lee@example.com' });
    add({ firstName: 'Josefina', lastName: 'Núñez' });
    add({ firstName: 'Bob', lastName: 'Smith' });

    expect(check({ phone: '333 1234567' })).toEqual([
      { name: 'José Núñez', score: 1, reasons: ['Same phone number'] },
    ]);
    expect(check({ email: ' ana.lee@EXAMPLE.com' })).toEqual([
      { name: 'Ana Lee', score: 1, reasons: ['Same e-mail'] },
    ]);
    expect(check({ firstName: 'jose', lastName: 'nunez' })).toEqual([
      { name: 'José Núñez', score: 0.9, reasons: ['Same name'] },
    ]);
    expect(check({ firstName: 'J.', lastName: 'Nunez' }).map((c) => c.name)).toEqual([
      'José Núñez',
      'Josefina Núñez',
    ]);
    expect(check({ firstName: 'Nunez', lastName: 'Jose' })).toEqual([
      { name: 'José Núñez', score: 0.85, reasons: ['Similar name (first and last name swapped)'] },
    ]);
    expect(check({ firstName: 'Robert', lastName: 'Smith' })).toEqual([]);
    // A typo in the third letter of the last name: found through the first name.
    expect(check({ firstName: 'Josè', lastName: 'Nuñes' })).toEqual([
      { name: 'José Núñez', score: 0.77, reasons: ['Similar name (spelled almost the same)'] },
    ]);
    // A first name alone says nothing yet.
    expect(check({ firstName: 'José' })).toEqual([]);
  });

  it('leaves out the customer being edited and trashed customers', () => {
    const jose = add({ firstName: 'José', lastName: 'Núñez', phone: '3331234567' });
    expect(check({ firstName: 'José', lastName: 'Núñez', excludeId: jose.id })).toEqual([]);
    core.ctx.db.prepare('UPDATE customers SET deleted_at = 1 WHERE id = ?').run(jose.id);
    expect(check({ phone: '3331234567' })).toEqual([]);
  });

  it('ignores a placeholder number shared by many customers, and returns at most five', () => {
    for (let i = 0; i <= SHARED_CONTACT_LIMIT; i++) add({ firstName: `Walk-in ${i}`, phone: '000 000 0000' });
    expect(check({ phone: '0000000000' })).toEqual([]);
    for (let i = 0; i < 8; i++) add({ firstName: 'Maria', lastName: 'Rossi', email: `m${i}@x.it` });
    expect(check({ firstName: 'Maria', lastName: 'Rossi' })).toHaveLength(5);
  });

  it('uses an index for every lookup, never a scan of customers', () => {
    const plans: string[] = [];
    const db = core.ctx.db;
    const original = db.prepare.bind(db);
    vi.spyOn(db, 'prepare').mockImplementation((sql: string) => {
      if (sql.includes('FROM customers')) {
        const named = Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map(([, name]) => [name ?? '', 'x']));
        const positional = [...sql.matchAll(/\?/g)].map(() => '[]');
        const explain = original(`EXPLAIN QUERY PLAN ${sql}`);
        const rows = positional.length > 0 ? explain.all(...positional) : explain.all(named);
        plans.push(...rows.map((row) => (row as { detail: string }).detail));
      }
      return original(sql);
    });
    check({ firstName: 'José', lastName: 'Núñez', phone: '+39 333 123 4567', email: 'a@b.it' });
    check({ phone: '1234567' });
    expect(plans.length).toBeGreaterThan(4);
    expect(plans.filter((detail) => /^SCAN c\b|SCAN customers\b/.test(detail))).toEqual([]);
  });
});

describe('listDuplicates (the whole base)', () => {
  it('lists pairs by likelihood with their reasons, and dismissed pairs no more', () => {
    const jose = add({ firstName: 'José', lastName: 'Núñez', phone: '+39 333 123 4567' });
    const jose2 = add({ firstName: 'Jose', lastName: 'Nunez', phone: '3331234567', email: 'j@n.es' });
    add({ firstName: 'Josie', lastName: 'Doe', email: 'J@N.es' });
    add({ firstName: 'Catherine', lastName: 'Johnson' });
    add({ firstName: 'Catharine', lastName: 'Jonson' });
    add({ firstName: 'Maria', lastName: 'Rossi' });
    add({ firstName: 'Maria', lastName: 'Rossi' });
    add({ firstName: 'Bob', lastName: 'Smith' });
    add({ firstName: 'Robert', lastName: 'Smith' });
    add({ firstName: 'Anna' });
    add({ firstName: 'Anna' });

    const pairs = listDuplicates(core.ctx, 100);
    expect(pairNames(pairs)).toEqual([
      'Jose Nunez & José Núñez',
      'Jose Nunez & Josie Doe',
      'Maria Rossi & Maria Rossi',
      'Catharine Jonson & Catherine Johnson',
    ]);
    expect(pairs[0]).toMatchObject({ score: 1, reasons: ['Same phone number', 'Same name'] });
    expect(pairs[0]?.a.id).toBe(jose.id);
    expect(pairs[3]?.reasons).toEqual(['Similar name (spelled almost the same)']);
    expect(pairNames(listDuplicates(core.ctx, 2))).toEqual(pairNames(pairs).slice(0, 2));

    expect(dismissDuplicate(core.ctx, jose2.id, jose.id)).toEqual({ dismissed: true });
    expect(core.events.at(-1)).toEqual({
      event: 'customers:changed',
      payload: { ids: [jose.id, jose2.id].sort() },
    });
    expect(pairNames(listDuplicates(core.ctx, 100))).toEqual(pairNames(pairs).slice(1));
    // Dismissing again changes nothing and is fine.
    expect(dismissDuplicate(core.ctx, jose.id, jose2.id)).toEqual({ dismissed: true });
  });

  it('finds swapped names and initials, and leaves trashed customers out', () => {
    add({ firstName: 'Núñez', lastName: 'José' });
    add({ firstName: 'J.', lastName: 'Nunez' });
    const jose = add({ firstName: 'José', lastName: 'Núñez' });
    expect(listDuplicates(core.ctx, 10).map((p) => p.reasons[0])).toEqual([
      'Similar name (first and last name swapped)',
      'Similar name (initial J. and same last name)',
    ]);
    core.ctx.db.prepare('UPDATE customers SET deleted_at = 1 WHERE id = ?').run(jose.id);
    expect(listDuplicates(core.ctx, 10)).toEqual([]);
  });

  it('dismiss refuses the same id twice and unknown customers, changing nothing', () => {
    const ana = add({ firstName: 'Ana' });
    const before = tableCounts(core);
    expect(() => dismissDuplicate(core.ctx, ana.id, ana.id)).toThrow(/another customer/);
    expect(() => dismissDuplicate(core.ctx, ana.id, 'nobody')).toThrow('No customer with id nobody.');
    expect(tableCounts(core)).toEqual(before);
    expect(core.call('duplicates:dismiss', { aId: ana.id, bId: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
