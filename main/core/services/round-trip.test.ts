import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CustomField, CustomFieldInput } from '../../../shared/domain/custom-field.ts';
import type { Customer, CustomerInput } from '../../../shared/domain/customer.ts';
import { allCustomers, importText, ok } from '../import/test-support/import-helpers.ts';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';
import { runExportNow } from './exports.ts';

// Export everyone, import into an empty database: every customer identical.

const FIELDS: CustomFieldInput[] = [
  { name: 'Shoe size', type: 'number' },
  { name: 'Allergies', type: 'text' },
  { name: 'Member since', type: 'date' },
  { name: 'Newsletter paper', type: 'boolean' },
  { name: 'Hair', type: 'choice', choices: ['Curly', 'Straight', 'Wavy'] },
];

let clock = Date.UTC(2025, 2, 1, 8, 0, 0, 123);
let source: TempCore;
let target: TempCore;
beforeEach(() => {
  source = makeTempCore({ now: () => (clock += 7_919) });
  target = makeTempCore({ now: () => (clock += 7_919) });
  for (const core of [source, target]) {
    ok(core.call('settings:update', { defaultCountry: 'IT' }));
    for (const field of FIELDS) ok(core.call('customFields:create', field));
  }
});
afterEach(() => {
  source.dispose();
  target.dispose();
});

function fieldIds(core: TempCore): Record<string, string> {
  return Object.fromEntries(
    ok<CustomField[]>(core.call('customFields:list', {})).map((field) => [field.name, field.id]),
  );
}

const FIRST = ['Anna', 'Chloé', 'Łukasz', 'Søren', 'Zoë', 'Mohammed', 'Ngozi', 'Jürgen', 'Émile', 'Sam'];
const LAST = ['Rossi', 'Núñez', "O'Neil", 'Müller', 'Dupont', 'Nowak', '', 'Smith-Jones', 'van Dijk'];
const PHONES = ['+39 333 {n}', '333 {n}', '06.{n}', '(212) 555-{n}', '+44 7911 {n}', ''];

/** Customers as a shop has them: mixed scripts, phones in many shapes, some fields missing. */
function everydayCustomers(count: number): CustomerInput[] {
  return Array.from({ length: count }, (_, i) => {
    const digits = String(100000 + i * 7).slice(-4);
    const phone = (PHONES[i % PHONES.length] ?? '').replace('{n}', `${digits}${i % 3 === 0 ? '123' : ''}`);
    return {
      firstName: FIRST[i % FIRST.length] ?? 'Ann',
      lastName: LAST[(i * 7) % LAST.length] ?? '',
      phone,
      email: i % 4 === 0 ? '' : `c${i}@example.com`,
      birthday:
        i % 5 === 0
          ? `--0${(i % 9) + 1}-1${i % 10}`
          : i % 3 === 0
            ? `19${50 + (i % 50)}-1${i % 3}-2${i % 8}`
            : '',
      address: i % 6 === 0 ? `Via ${i}, ${10000 + i} Roma` : '',
      notes: i % 11 === 0 ? `note ${i}, with "quotes"` : '',
      tags: i % 3 === 0 ? ['regular'] : i % 5 === 0 ? ['vip', 'morning'] : [],
      code: i % 2 === 0 ? `C-${i}` : '',
    };
  });
}

function seed(): void {
  const ids = fieldIds(source);
  const hostile: CustomerInput[] = [
    {
      firstName: 'José',
      lastName: "Núñez O'Brien",
      phone: '+39 333 123 4567',
      email: 'jose@example.com',
      birthday: '--02-29',
      address: 'Via Roma 1, int. 3; 20100 Milano',
      notes: 'Says "ciao"\nLine two, with commas; and semicolons\\backslash',
      tags: ['vip', 'morning', 'caffè'],
      code: 'A-001',
      consents: [
        { channel: 'email', granted: true, source: 'counter form' },
        { channel: 'sms', granted: false, source: 'asked twice, said no' },
      ],
      customFields: {
        [ids['Shoe size'] ?? '']: -38.5,
        [ids.Allergies ?? '']: '=lavender, +pollen',
        [ids['Member since'] ?? '']: '2019-06-30',
        [ids['Newsletter paper'] ?? '']: false,
        [ids.Hair ?? '']: 'Wavy',
      },
    },
    {
      firstName: '=HYPERLINK("x")',
      lastName: '-Minus',
      phone: '06 4991 1234',
      notes: '@mention\ttab',
      tags: ['+plus'],
      code: '+007',
      consents: [{ channel: 'post', granted: true, source: '@shop' }],
    },
    {
      firstName: 'Łukasz',
      lastName: 'Żółć',
      email: 'LUKASZ@Example.com',
      birthday: '1988-12-31',
      phone: '12',
      customFields: { [ids['Newsletter paper'] ?? '']: true, [ids['Shoe size'] ?? '']: 1e21 },
    },
    { firstName: 'Zoë', address: '  ', notes: "'already quoted", tags: [] },
  ];
  for (const input of hostile) ok(source.call('customers:create', input));
  // A change of mind: only the consent in force is exported, with its own date.
  const jose = allCustomers(source).find((c) => c.code === 'A-001');
  ok(
    source.call('customers:update', {
      id: jose?.id ?? '',
      fields: {
        ...hostile[0],
        consents: [{ channel: 'email', granted: false, source: 'unsubscribed by phone' }],
      },
    }),
  );
  for (const input of everydayCustomers(250)) ok(source.call('customers:create', input));
}

/** What makes two customers the same, custom fields by name, consents without staff. */
function comparable(customer: Customer, names: Record<string, string>, vcardOnly = false) {
  const byName = Object.fromEntries(
    Object.entries(customer.customFields).map(([id, value]) => [names[id] ?? id, value] as const),
  );
  const fields = {
    firstName: customer.firstName,
    lastName: customer.lastName,
    phone: customer.phone,
    phoneE164: customer.phoneE164,
    email: customer.email,
    birthday: customer.birthday,
    address: customer.address,
    notes: customer.notes,
    tags: customer.tags,
  };
  if (vcardOnly) return fields;
  return { ...fields, code: customer.code, consents: customer.consents, customFields: byName };
}

const invert = (ids: Record<string, string>) =>
  Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name] as const));

describe('round trip', () => {
  it('CSV: every customer comes back identical, custom fields, tags and consent included', () => {
    seed();
    const exported = runExportNow(source.ctx, { format: 'csv' });
    const { report } = importText(target, exported.bytes, { kind: 'customers' }, exported.fileName);
    expect(report).toMatchObject({ imported: 254, updated: 0, skipped: 0, rejected: 0 });
    const before = allCustomers(source).map((c) => comparable(c, invert(fieldIds(source))));
    const after = allCustomers(target).map((c) => comparable(c, invert(fieldIds(target))));
    expect(after).toEqual(before);
  });

  it('CSV again into the same database: everyone with a code, e-mail or phone is recognised', () => {
    seed();
    const exported = runExportNow(source.ctx, { format: 'csv' });
    importText(target, exported.bytes, { kind: 'customers' });
    const again = importText(target, exported.bytes, { kind: 'customers', onDuplicate: 'fill' });
    // Nothing tells a customer with no code, e-mail or phone apart from a namesake: those come in again.
    const unmatchable = allCustomers(source).filter(
      (c) => !c.code && !c.email && c.phoneDigits.length < 7,
    ).length;
    expect(unmatchable).toBeGreaterThan(0);
    expect(again.report).toMatchObject({ imported: unmatchable, updated: 0, skipped: 254 - unmatchable });
  });

  it.each(['vcard', 'vcard3'] as const)('%s: the fields vCard carries come back identical', (format) => {
    seed();
    const exported = runExportNow(source.ctx, { format });
    const { report } = importText(target, exported.bytes, { kind: 'vcard' }, exported.fileName);
    expect(report).toMatchObject({ imported: 254, rejected: 0 });
    const before = allCustomers(source).map((c) => comparable(c, {}, true));
    const after = allCustomers(target).map((c) => comparable(c, {}, true));
    expect(after).toEqual(before);
  });
});
