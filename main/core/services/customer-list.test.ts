import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CustomerInput } from '../../../shared/domain/customer.ts';
import { CUSTOMER_SORTS, type CustomerListQuery } from '../../../shared/domain/customer-query.ts';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';
import { createCustomField } from './custom-fields.ts';
import { createCustomer, updateCustomer } from './customers.ts';
import { countSql, filterSql } from './customer-filters.ts';
import { listCustomers, pageSql } from './customer-list.ts';
import { logInteraction } from './interactions.ts';

const DAY = 86_400_000;
// Midday UTC, so each visit falls on its own local day in any time zone.
const T0 = Date.UTC(2026, 0, 5, 12, 0);

let core: TempCore;
let clock: number;
let ids: Record<string, string>;
let hairId: string;

/** Five customers with known visits, spend, tags, consent and a custom field. */
beforeEach(() => {
  clock = T0 + 100 * DAY;
  core = makeTempCore({ now: () => clock });
  hairId = createCustomField(core.ctx, { name: 'Hair', type: 'choice', choices: ['curly', 'straight'] }).id;
  const add = (firstName: string, lastName: string, extra: Partial<CustomerInput> = {}) => {
    // A tick apart, so ids (time-ordered) break ties in the order the customers were added.
    clock += 1;
    return createCustomer(core.ctx, { firstName, lastName, ...extra }).id;
  };
  ids = {
    ann: add('Ann', 'Ábel', { tags: ['vip', 'morning'], customFields: { [hairId]: 'curly' } }),
    bob: add('Bob', 'Martin', {
      tags: ['vip'],
      consents: [{ channel: 'email', granted: true, source: 'form' }],
    }),
    cat: add('Cat', 'Zimmer', { tags: ['morning'], customFields: { [hairId]: 'straight' } }),
    dan: add('Dan', 'Ölund'),
    eve: add('Eve', 'Kim', { consents: [{ channel: 'email', granted: true, source: 'form' }] }),
  };
  const visit = (who: string, days: number, amountMinor: number) =>
    logInteraction(core.ctx, {
      customerId: ids[who] ?? '',
      kind: 'visit',
      occurredAt: T0 + days * DAY,
      amountMinor,
    });
  visit('ann', 1, 1000);
  visit('ann', 2, 1000);
  visit('ann', 3, 1000);
  visit('bob', 10, 5000);
  visit('cat', 5, 200);
  visit('cat', 6, 200);
  // Eve later withdrew her e-mail consent: the latest answer is the one in force.
  clock += 1000;
  updateCustomer(core.ctx, ids.eve ?? '', {
    firstName: 'Eve',
    lastName: 'Kim',
    consents: [{ channel: 'email', granted: false, source: 'phone call' }],
  });
});
afterEach(() => core.dispose());

const firstNames = (query: CustomerListQuery) => listCustomers(core.ctx, query).items.map((c) => c.firstName);

describe('sorting', () => {
  it.each([
    // Last name first, accents ignored: Ábel, Kim, Martin, Ölund, Zimmer.
    ['name', 'asc', ['Ann', 'Eve', 'Bob', 'Dan', 'Cat']],
    ['name', 'desc', ['Cat', 'Dan', 'Bob', 'Eve', 'Ann']],
    ['lastVisit', 'asc', ['Ann', 'Cat', 'Bob', 'Dan', 'Eve']],
    // Never visited comes last both ways.
    ['lastVisit', 'desc', ['Bob', 'Cat', 'Ann', 'Eve', 'Dan']],
    ['visits', 'desc', ['Ann', 'Cat', 'Bob', 'Eve', 'Dan']],
    ['visits', 'asc', ['Dan', 'Eve', 'Bob', 'Cat', 'Ann']],
    ['spend', 'desc', ['Bob', 'Ann', 'Cat', 'Eve', 'Dan']],
    ['spend', 'asc', ['Dan', 'Eve', 'Cat', 'Ann', 'Bob']],
  ] as const)('by %s %s', (sort, direction, expected) => {
    expect(firstNames({ sort, direction })).toEqual(expected);
  });

  it('pages through a sort without skipping or repeating anyone', () => {
    const pages = [0, 2, 4].flatMap((offset) =>
      firstNames({ sort: 'lastVisit', direction: 'asc', limit: 2, offset }),
    );
    expect(pages).toEqual(['Ann', 'Cat', 'Bob', 'Dan', 'Eve']);
  });
});

describe('filters', () => {
  it.each<[string, CustomerListQuery['filter'], string[]]>([
    ['customers with every tag', { tags: ['vip', 'MORNING'] }, ['Ann']],
    ['one tag', { tags: ['vip'] }, ['Ann', 'Bob']],
    ['a tag nobody has', { tags: ['nobody'] }, []],
    ['last visit from', { lastVisitFrom: T0 + 5 * DAY }, ['Bob', 'Cat']],
    ['last visit up to', { lastVisitTo: T0 + 6 * DAY }, ['Ann', 'Cat']],
    ['last visit between', { lastVisitFrom: T0 + 4 * DAY, lastVisitTo: T0 + 6 * DAY }, ['Cat']],
    ['spend at least', { spendMinMinor: 3000 }, ['Ann', 'Bob']],
    ['spend at most', { spendMaxMinor: 400 }, ['Eve', 'Dan', 'Cat']],
    ['consent in force', { consent: 'email' }, ['Bob']],
    ['a custom field value', { customFields: [{ fieldId: 'HAIR', value: 'straight' }] }, ['Cat']],
    ['an empty custom field', { customFields: [{ fieldId: 'HAIR', value: null }] }, ['Eve', 'Bob', 'Dan']],
    [
      'a tag and an empty custom field',
      { tags: ['vip'], customFields: [{ fieldId: 'HAIR', value: '' }] },
      ['Bob'],
    ],
    [
      'all together',
      { tags: ['morning'], spendMinMinor: 300, customFields: [{ fieldId: 'HAIR', value: 'curly' }] },
      ['Ann'],
    ],
  ])('%s', (_what, filter, expected) => {
    const withField = {
      ...filter,
      customFields: (filter?.customFields ?? []).map((f) => ({
        ...f,
        fieldId: f.fieldId === 'HAIR' ? hairId : f.fieldId,
      })),
    };
    const page = listCustomers(core.ctx, { filter: withField, limit: 2 });
    const all = firstNames({ filter: withField, limit: 50 });
    expect(all).toEqual(expected);
    // The total counts every match, not just the page.
    expect(page.total).toBe(expected.length);
    expect(page.items.map((c) => c.firstName)).toEqual(expected.slice(0, 2));
  });

  it('counts every live customer when nothing is filtered', () => {
    expect(listCustomers(core.ctx, { limit: 1 }).total).toBe(5);
  });

  it('treats hostile filter values as plain values', () => {
    const hostile = `' OR 1=1; DROP TABLE customers; --`;
    expect(firstNames({ filter: { tags: [hostile] } })).toEqual([]);
    expect(firstNames({ filter: { customFields: [{ fieldId: hostile, value: hostile }] } })).toEqual([]);
    expect(listCustomers(core.ctx, {}).total).toBe(5);
  });
});

describe('query plans', () => {
  const plan = (sql: string) =>
    core.ctx.db
      .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
      .all()
      .map((row) => row.detail)
      .join('\n');

  it.each(
    CUSTOMER_SORTS.flatMap((sort) =>
      (['asc', 'desc'] as const).map((direction) => [sort, direction] as const),
    ),
  )('reads an unfiltered page sorted by %s %s through its index, without sorting', (sort, direction) => {
    const page = pageSql(sort, direction, { sets: [], excluded: [], conditions: [] }, false);
    const detail = plan(page.replace('@limit', '50').replace('@offset', '100'));
    expect(detail).toMatch(/^SCAN c USING INDEX customers_by_\w+$/m);
    expect(detail).not.toMatch(/TEMP B-TREE/);
  });

  it('reads a filtered page either along the sort index or from the matches, with the same rows', () => {
    const filters = filterSql(core.ctx.db, {
      tags: ['morning'],
      customFields: [{ fieldId: hairId, value: 'curly' }],
      spendMinMinor: 100,
    });
    if (!filters) throw new Error('the filter should match');
    const params = { ...filters.params, limit: 50, offset: 0 };
    for (const sort of CUSTOMER_SORTS) {
      const rows = (walk: boolean) =>
        core.ctx.db.prepare<object, { id: string }>(pageSql(sort, 'desc', filters, walk)).all(params);
      expect(rows(true)).toEqual(rows(false));
      expect(rows(true).map((row) => row.id)).toEqual([ids.ann]);
    }
    const walking = plan(pageSql('name', 'asc', filters, true).replaceAll(/@\w+/g, '1'));
    expect(walking).toMatch(/SCAN c USING INDEX customers_by_sort_name/);
    const collecting = plan(pageSql('name', 'asc', filters, false).replaceAll(/@\w+/g, '1'));
    expect(collecting).toMatch(/customer_tags_by_tag|customer_field_values_by_field/);
  });

  it('counts matches of tags, consents and field values from their indexes, not the customers table', () => {
    const filters = filterSql(core.ctx.db, { tags: ['vip'], consent: 'email', customFields: [] });
    if (!filters) throw new Error('the filter should match');
    const detail = plan(countSql(filters).sql.replaceAll(/@\w+/g, "'1'"));
    expect(detail).toMatch(/customer_tags_by_tag/);
    expect(detail).toMatch(/customers_in_trash/);
    expect(detail).not.toMatch(/SCAN c\b(?! USING INDEX customers_in_trash)/);
  });

  it('subtracts trashed customers from those counts', () => {
    core.ctx.db.prepare('UPDATE customers SET deleted_at = 1 WHERE id = ?').run(ids.bob);
    expect(listCustomers(core.ctx, { filter: { tags: ['vip'] } })).toMatchObject({ total: 1 });
    expect(listCustomers(core.ctx, { filter: { consent: 'email' } })).toMatchObject({ total: 0, items: [] });
    const noHair = { customFields: [{ fieldId: hairId, value: null }] };
    expect(listCustomers(core.ctx, { filter: noHair }).total).toBe(2);
    expect(listCustomers(core.ctx, { filter: { ...noHair, tags: ['vip'] } }).total).toBe(0);
  });
});
