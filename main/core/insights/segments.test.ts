import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SegmentCondition, SegmentFilterInput } from '../../../shared/domain/segment.ts';
import { SEGMENT_CONDITION_KINDS } from '../../../shared/domain/segment.ts';
import { createCustomField } from '../services/custom-fields.ts';
import { updateCustomer } from '../services/customers.ts';
import { tableCounts } from '../test-support/temp-core.ts';
import { listSetCustomers } from './customer-sets.ts';
import { CONDITION_COMPILERS } from './segment-conditions.ts';
import { countSegment, createSegment, deleteSegment, listSegments, updateSegment } from './segments.ts';
import { makeTestShop, type TestShop } from './test-shop.ts';

let shop: TestShop;
let fields: Record<'hair' | 'kids' | 'since' | 'allergy', string>;

// Today is 15 January 2026.
beforeEach(() => {
  shop = makeTestShop('2026-01-15');
  const ctx = shop.core.ctx;
  fields = {
    hair: createCustomField(ctx, { name: 'Hair', type: 'choice', choices: ['curly', 'straight'] }).id,
    kids: createCustomField(ctx, { name: 'Kids', type: 'number' }).id,
    since: createCustomField(ctx, { name: 'Member since', type: 'date' }).id,
    allergy: createCustomField(ctx, { name: 'Allergy', type: 'text' }).id,
  };
  const email = (granted: boolean) => [{ channel: 'email' as const, granted, source: 'form' }];
  shop.add('ann', {
    tags: ['vip'],
    consents: email(true),
    customFields: { [fields.hair]: 'curly', [fields.kids]: 2 },
  });
  shop.add('bob', {
    tags: ['vip', 'morning'],
    customFields: { [fields.kids]: 0, [fields.since]: '2020-05-01' },
  });
  shop.add('cat', {
    consents: email(false),
    customFields: { [fields.hair]: 'straight', [fields.since]: '2024-01-01' },
  });
  shop.add('dan', { customFields: { [fields.allergy]: 'lavender' } });
  shop.add('eve');
  shop.log('ann', '2026-01-14', { amountMinor: 5000, nps: 10 });
  shop.log('ann', '2025-12-01', { amountMinor: 5000, nps: 3 });
  shop.log('bob', '2025-10-01', { amountMinor: 1000, nps: 5 });
  shop.log('bob', '2026-01-02', { amountMinor: 1000, nps: 8 });
  shop.log('bob', '2026-01-03', { amountMinor: 1000 });
  shop.log('cat', '2025-06-01', { amountMinor: 20000, nps: 9 });
  // Dan withdrew his e-mail consent after granting it: not granted now.
  updateCustomer(ctx, shop.ids.dan ?? '', { firstName: 'Dan', consents: email(true) });
  updateCustomer(ctx, shop.ids.dan ?? '', {
    firstName: 'Dan',
    consents: email(false),
    customFields: { [fields.allergy]: 'lavender' },
  });
  // In the trash: matches everything below, counted by nothing.
  shop.add('zed', { tags: ['vip'], consents: email(true) });
  shop.log('zed', '2026-01-14', { amountMinor: 99_999 });
  shop.trash('zed');
});
afterEach(() => shop.core.dispose());

const names = (filter: SegmentFilterInput) =>
  listSetCustomers(shop.core.ctx, {
    set: { kind: 'filter', filter: { match: 'all', ...filter } },
    limit: 100,
    offset: 0,
  })
    .items.map((c) => c.firstName)
    .sort();
const only = (condition: SegmentCondition) => names({ match: 'all', conditions: [condition] });

describe('each kind of condition, over a shop of five customers', () => {
  it.each<[SegmentCondition, string[]]>([
    [{ kind: 'tag', op: 'has', tag: 'VIP' }, ['Ann', 'Bob']],
    [{ kind: 'tag', op: 'lacks', tag: 'vip' }, ['Cat', 'Dan', 'Eve']],
    [{ kind: 'tag', op: 'has', tag: 'nobody has this' }, []],
    [{ kind: 'visits', min: 2 }, ['Ann', 'Bob']],
    [{ kind: 'visits', max: 0 }, ['Dan', 'Eve']],
    [{ kind: 'visits', min: 1, max: 2 }, ['Ann', 'Cat']],
    [{ kind: 'spend', min: 10_000 }, ['Ann', 'Cat']],
    [{ kind: 'spend', max: 3_000 }, ['Bob', 'Dan', 'Eve']],
    // The last 30 days are 17 December … 15 January.
    [{ kind: 'lastVisit', op: 'within', days: 30 }, ['Ann', 'Bob']],
    [{ kind: 'lastVisit', op: 'notWithin', days: 30 }, ['Cat']],
    [{ kind: 'lastVisit', op: 'within', days: 1 }, []],
    [{ kind: 'lastVisit', op: 'within', days: 2 }, ['Ann']],
    [{ kind: 'firstVisit', op: 'within', days: 60 }, ['Ann']],
    [{ kind: 'firstVisit', op: 'notWithin', days: 60 }, ['Bob', 'Cat']],
    [{ kind: 'consent', channel: 'email', granted: true }, ['Ann']],
    [{ kind: 'consent', channel: 'email', granted: false }, ['Bob', 'Cat', 'Dan', 'Eve']],
    [{ kind: 'customField', fieldId: '', op: 'equals', value: 'curly' }, ['Ann']],
    [{ kind: 'customField', fieldId: '', op: 'notEquals', value: 'curly' }, ['Bob', 'Cat', 'Dan', 'Eve']],
    [{ kind: 'customField', fieldId: '', op: 'empty' }, ['Bob', 'Dan', 'Eve']],
    [{ kind: 'customField', fieldId: '', op: 'notEmpty' }, ['Ann', 'Cat']],
    // Latest answers: Ann 10 (after a 3), Bob 8 (after a 5), Cat 9.
    [{ kind: 'npsGroup', group: 'promoter' }, ['Ann', 'Cat']],
    [{ kind: 'npsGroup', group: 'passive' }, ['Bob']],
    [{ kind: 'npsGroup', group: 'detractor' }, []],
    [{ kind: 'npsGroup', group: 'none' }, ['Dan', 'Eve']],
  ])('%j matches %j', (condition, expected) => {
    const withField = condition.kind === 'customField' ? { ...condition, fieldId: fields.hair } : condition;
    expect(only(withField)).toEqual(expected);
    expect(countSegment(shop.core.ctx, { filter: { match: 'all', conditions: [withField] } }).count).toBe(
      expected.length,
    );
  });

  it('compares number and date fields as numbers and dates', () => {
    const kids = fields.kids;
    expect(only({ kind: 'customField', fieldId: kids, op: 'atLeast', value: 1 })).toEqual(['Ann']);
    expect(only({ kind: 'customField', fieldId: kids, op: 'atMost', value: 1 })).toEqual(['Bob']);
    expect(only({ kind: 'customField', fieldId: kids, op: 'equals', value: 0 })).toEqual(['Bob']);
    expect(only({ kind: 'customField', fieldId: fields.since, op: 'atMost', value: '2023-12-31' })).toEqual([
      'Bob',
    ]);
    expect(only({ kind: 'customField', fieldId: fields.allergy, op: 'equals', value: ' lavender ' })).toEqual(
      ['Dan'],
    );
  });

  it('joins conditions with "all" or "any"; no conditions is everyone', () => {
    const vip: SegmentCondition = { kind: 'tag', op: 'has', tag: 'vip' };
    const big: SegmentCondition = { kind: 'spend', min: 10_000 };
    expect(names({ match: 'all', conditions: [vip, big] })).toEqual(['Ann']);
    expect(names({ match: 'any', conditions: [vip, big] })).toEqual(['Ann', 'Bob', 'Cat']);
    expect(names({ match: 'all', conditions: [] })).toEqual(['Ann', 'Bob', 'Cat', 'Dan', 'Eve']);
  });

  it('has one SQL compiler per kind of condition (the extension point for new kinds)', () => {
    expect(Object.keys(CONDITION_COMPILERS).sort()).toEqual([...SEGMENT_CONDITION_KINDS].sort());
  });
});

describe('saved segments', () => {
  const filter: SegmentFilterInput = { match: 'all', conditions: [{ kind: 'tag', op: 'has', tag: 'vip' }] };

  it('are created, listed by name, renamed, changed and deleted, each announced', () => {
    const vips = createSegment(shop.core.ctx, { name: ' VIPs ', filter });
    createSegment(shop.core.ctx, {
      name: 'Lapsed',
      filter: { match: 'all', conditions: [{ kind: 'lastVisit', op: 'notWithin', days: 90 }] },
    });
    expect(listSegments(shop.core.ctx).map((s) => s.name)).toEqual(['Lapsed', 'VIPs']);
    expect(
      listSetCustomers(shop.core.ctx, { set: { kind: 'segment', id: vips.id }, limit: 10, offset: 0 }).total,
    ).toBe(2);
    const changed = updateSegment(shop.core.ctx, {
      id: vips.id,
      name: 'Big spenders',
      filter: { match: 'all', conditions: [{ kind: 'spend', min: 10_000 }] },
    });
    expect(changed).toMatchObject({ id: vips.id, name: 'Big spenders', createdAt: vips.createdAt });
    expect(changed.updatedAt).toBeGreaterThan(vips.updatedAt);
    expect(deleteSegment(shop.core.ctx, vips.id)).toEqual({ deletedId: vips.id });
    expect(listSegments(shop.core.ctx).map((s) => s.name)).toEqual(['Lapsed']);
    expect(shop.core.events.filter((e) => e.event === 'segments:changed')).toHaveLength(4);
  });

  it.each<[string, (ids: { vips: string }) => [string, unknown], string]>([
    [
      'a taken name, whatever its case',
      () => ['segments:create', { name: 'vips', filter }],
      'name: there is already a segment called "VIPs"',
    ],
    ['an empty name', () => ['segments:create', { name: '  ', filter }], 'name: is required'],
    [
      'a range with nothing in it',
      () => ['segments:create', { name: 'X', filter: { match: 'all', conditions: [{ kind: 'visits' }] } }],
      'filter.conditions.0.min: needs a lowest or a highest value',
    ],
    [
      'min above max',
      () => [
        'segments:create',
        { name: 'X', filter: { match: 'all', conditions: [{ kind: 'spend', min: 5, max: 1 }] } },
      ],
      'filter.conditions.0.max: the lowest value is above the highest',
    ],
    [
      'an unknown kind',
      () => [
        'segments:create',
        { name: 'X', filter: { match: 'all', conditions: [{ kind: 'birthdayMonth', month: 5 }] } },
      ],
      'filter.conditions.0.kind',
    ],
    [
      'a field that does not exist',
      () => [
        'segments:create',
        {
          name: 'X',
          filter: { match: 'all', conditions: [{ kind: 'customField', fieldId: 'nope', op: 'notEmpty' }] },
        },
      ],
      'filter.conditions.0.fieldId: no custom field with id nope',
    ],
    [
      'a value of the wrong type',
      () => [
        'segments:count',
        {
          filter: {
            match: 'all',
            conditions: [{ kind: 'customField', fieldId: fields.kids, op: 'atLeast', value: 'two' }],
          },
        },
      ],
      'filter.conditions.0.value: Kids is compared with a number',
    ],
    [
      '"at least" on a choice field',
      () => [
        'segments:count',
        {
          filter: {
            match: 'all',
            conditions: [{ kind: 'customField', fieldId: fields.hair, op: 'atLeast', value: 'curly' }],
          },
        },
      ],
      'Hair is not a number or a date',
    ],
    [
      'an unknown segment',
      () => ['segments:update', { id: 'nope', name: 'X', filter }],
      'No segment with id nope.',
    ],
    ['deleting an unknown segment', () => ['segments:delete', { id: 'nope' }], 'No segment with id nope.'],
  ])('refuses %s with a specific message and changes nothing', (_what, make, message) => {
    createSegment(shop.core.ctx, { name: 'VIPs', filter });
    const before = tableCounts(shop.core);
    const rows = shop.core.ctx.db.prepare('SELECT * FROM segments').all();
    const [channel, input] = make({ vips: '' });
    const result = shop.core.call(channel, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(message);
    expect(tableCounts(shop.core)).toEqual(before);
    expect(shop.core.ctx.db.prepare('SELECT * FROM segments').all()).toEqual(rows);
  });
});
