import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UTF8_BOM } from '../../../shared/domain/csv.ts';
import type { CustomerSetInput } from '../../../shared/domain/customer-set.ts';
import { tableCounts } from '../test-support/temp-core.ts';
import { listSetCustomers } from './customer-sets.ts';
import { exportSet, tagSet } from './segment-export.ts';
import { createSegment } from './segments.ts';
import { yearEndShop, type TestShop } from './test-shop.ts';

let shop: TestShop;
beforeEach(() => {
  shop = yearEndShop();
});
afterEach(() => shop.core.dispose());

const period = { from: '2026-01-01', to: '2026-01-14' };
const figure = (name: 'new' | 'visitors' | 'churned' | 'lapsed' | 'npsAnswers'): CustomerSetInput => ({
  kind: 'figure',
  figure: name,
  period,
});

describe('the customers behind a figure', () => {
  it.each<[Parameters<typeof figure>[0], string[]]>([
    ['new', ['Bob', 'Cat']],
    ['visitors', ['Ann', 'Bob', 'Cat']],
    ['churned', ['Fay']],
    ['lapsed', ['Fay', 'Gus']],
    ['npsAnswers', ['Ann', 'Bob', 'Cat']],
  ])('%s: %j', (name, expected) => {
    const page = listSetCustomers(shop.core.ctx, { set: figure(name), limit: 50, offset: 0 });
    expect(page.items.map((c) => c.firstName)).toEqual(expected);
    expect(page.total).toBe(expected.length);
  });

  it('pages by name', () => {
    const second = listSetCustomers(shop.core.ctx, { set: figure('visitors'), limit: 2, offset: 2 });
    expect(second).toMatchObject({ total: 3, items: [{ firstName: 'Cat' }] });
    expect(listSetCustomers(shop.core.ctx, { set: figure('visitors'), limit: 2, offset: 9 }).items).toEqual(
      [],
    );
  });
});

describe('export as CSV', () => {
  it('writes every customer of the set with contact details, visit facts and consent in force', () => {
    shop.core.call('customers:update', {
      id: shop.ids.bob,
      fields: {
        firstName: 'Bob',
        lastName: '=HYPERLINK("http://evil")',
        email: 'bob@example.com',
        phone: '+39 333 1234567',
        tags: ['vip', 'morning early'],
        consents: [{ channel: 'email', granted: true, source: 'form' }],
      },
    });
    const result = exportSet(shop.core.ctx, { set: figure('new') });
    expect(result.filename).toBe('regulars-new-2026-01-01-to-2026-01-14-2026-01-15.csv');
    expect(result.rows).toBe(2);
    expect(result.csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = result.csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'First name,Last name,E-mail,Phone,Customer code,Tags,Visits,First visit,Last visit,Total spend,E-mail consent,SMS consent,Phone consent,Post consent',
    );
    // The formula in Bob's name stays text in a spreadsheet, and so does the phone number (a
    // spreadsheet would compute "+39 333 …"); the spend is a plain number.
    expect(lines[1]).toBe(
      `Bob,"'=HYPERLINK(""http://evil"")",bob@example.com,'+39 333 1234567,,"vip, morning early",1,2026-01-03,2026-01-03,40.00,yes,no,no,no`,
    );
    expect(lines[2]).toBe('Cat,,,,,,2,2026-01-02,2026-01-12,30.00,no,no,no,no');
    expect(lines[3]).toBe('');
  });

  it("journals a saved segment's export: one exports row, one export.run audit entry, guarded cells", () => {
    const ctx = shop.core.ctx;
    for (const [key, lastName] of [
      ['ann', '=1+2'],
      ['bob', '+SUM(A1)'],
      ['cat', '-cmd|calc'],
      ['dan', '@here'],
    ] as const) {
      shop.core.call('customers:update', {
        id: shop.ids[key],
        fields: { firstName: key, lastName, tags: ['call-back'] },
      });
    }
    const saved = createSegment(ctx, {
      name: 'Call back',
      filter: { match: 'all', conditions: [{ kind: 'tag', op: 'has', tag: 'call-back' }] },
    });
    const exportsBefore = ctx.db.prepare('SELECT count(*) AS n FROM exports').pluck().get();
    const auditBefore = ctx.db.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;

    const result = exportSet(ctx, { set: { kind: 'segment', id: saved.id } });

    const journal = ctx.db
      .prepare<[], { format: string; preset: string; scope: string; row_count: number }>(
        'SELECT format, preset, scope, row_count FROM exports',
      )
      .all();
    expect(exportsBefore).toBe(0);
    expect(journal).toEqual([
      {
        format: 'csv',
        preset: 'contacts',
        scope: JSON.stringify({ kind: 'set', set: { kind: 'segment', id: saved.id } }),
        row_count: 4,
      },
    ]);
    const audit = ctx.db
      .prepare<[number], { action: string; summary: string }>(
        'SELECT action, summary FROM audit_log WHERE seq > ? ORDER BY seq',
      )
      .all(auditBefore);
    expect(audit).toEqual([{ action: 'export.run', summary: 'Exported 4 customers as csv (contacts)' }]);
    // Every cell a spreadsheet would run as a formula is text (a leading apostrophe, RFC 4180 quoting).
    const lastNames = result.csv
      .slice(1)
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[1])
      .sort();
    expect(lastNames).toEqual(["'+SUM(A1)", "'-cmd|calc", "'=1+2", "'@here"]);
  });

  it('exports an empty set as the header alone', () => {
    const result = exportSet(shop.core.ctx, { set: { kind: 'rfm', segment: 'loyal' } });
    expect(result.rows).toBe(0);
    expect(result.csv.split('\r\n')).toHaveLength(2);
  });
});

describe('tagging every customer of a set', () => {
  it('tags those who lack the tag and reports exactly them, so undo is exact', () => {
    shop.core.call('customers:bulkTag', { ids: [shop.ids.cat], tag: 'welcome', action: 'add' });
    const { changedIds } = tagSet(shop.core.ctx, { set: figure('new'), tag: 'welcome', action: 'add' });
    expect(changedIds).toEqual([shop.ids.bob]);
    const tagged = listSetCustomers(shop.core.ctx, {
      set: {
        kind: 'filter',
        filter: { match: 'all', conditions: [{ kind: 'tag', op: 'has', tag: 'welcome' }] },
      },
      limit: 10,
      offset: 0,
    });
    expect(tagged.items.map((c) => c.firstName)).toEqual(['Bob', 'Cat']);
    expect(shop.core.events.at(-1)).toEqual({ event: 'customers:changed', payload: { ids: [shop.ids.bob] } });
  });

  it('does nothing for an empty set, and refuses a bad tag without changing anything', () => {
    expect(
      tagSet(shop.core.ctx, { set: { kind: 'rfm', segment: 'loyal' }, tag: 'x', action: 'add' }),
    ).toEqual({ changedIds: [] });
    const before = tableCounts(shop.core);
    const result = shop.core.call('segments:tag', { set: figure('new'), tag: 'a,b', action: 'add' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'tag: must not contain a comma' },
    });
    expect(tableCounts(shop.core)).toEqual(before);
  });
});
