import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CustomField } from '../../../shared/domain/custom-field.ts';
import { normalizePhone } from '../../../shared/domain/phone.ts';
import { generateShop } from '../demo/generate-shop.ts';
import { fingerprint as snapshotDatabase } from '../test-support/db-fingerprint.ts';
import { allCustomers, importText, ok } from '../import/test-support/import-helpers.ts';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';

let core: TempCore;
const T0 = Date.UTC(2026, 0, 10, 9, 0);
beforeEach(() => {
  core = makeTempCore({ now: () => T0 });
  ok(core.call('settings:update', { defaultCountry: 'IT' }));
});
afterEach(() => core.dispose());

const field = (input: object) => ok<CustomField>(core.call('customFields:create', input));

describe('importing customers from CSV', () => {
  it('reads a messy Italian spreadsheet: BOM, semicolons, quoted line breaks, phones, tags, custom fields, consent', () => {
    const shoe = field({ name: 'Shoe size', type: 'number' });
    const hair = field({ name: 'Hair', type: 'choice', choices: ['Curly', 'Straight'] });
    const text =
      '\ufeffNome;Cognome;Cellulare;E-mail;Data di nascita;Etichette;Note;Shoe size;Hair;Newsletter\r\n' +
      'José;Núñez;333 123 4567;JOSE@example.com;25/03/1990;vip, mattina;"Preferisce Sam;\nallergico alla lavanda";38,5;curly;sì\r\n' +
      'Ann;Lee;+44 7911 123456;;;;"";;;no\r\n';
    const { report } = importText(core, text, { kind: 'customers' });
    expect(report).toMatchObject({ imported: 2, updated: 0, skipped: 0, rejected: 0, errors: [] });
    const [lee, nunez] = allCustomers(core);
    expect(nunez).toMatchObject({
      firstName: 'José',
      lastName: 'Núñez',
      phone: '333 123 4567',
      phoneE164: '+393331234567',
      email: 'JOSE@example.com',
      birthday: '1990-03-25',
      tags: ['mattina', 'vip'],
      notes: 'Preferisce Sam;\nallergico alla lavanda',
      customFields: { [shoe.id]: 38.5, [hair.id]: 'Curly' },
      consents: [{ channel: 'email', granted: true, source: 'import of contacts.csv', recordedAt: T0 }],
    });
    expect(lee).toMatchObject({
      firstName: 'Ann',
      phoneE164: '+447911123456',
      consents: [{ channel: 'email', granted: false }],
    });
    // Found by the search index like any customer typed in: tags and custom fields too.
    expect(
      ok<{ id: string }[]>(core.call('customers:search', { query: 'mattina' })).map((c) => c.id),
    ).toEqual([nunez?.id]);
    expect(ok<{ id: string }[]>(core.call('customers:search', { query: '4567' })).map((c) => c.id)).toEqual([
      nunez?.id,
    ]);
    expect(ok<{ id: string }[]>(core.call('customers:search', { query: 'curly' })).map((c) => c.id)).toEqual([
      nunez?.id,
    ]);
  });

  it('rejects bad rows one by one with the reason, and imports the rest', () => {
    const text = [
      'First Name,Last Name,Phone,Email,Birthday',
      'Ann,Lee,555 0100,ann@example.com,1990-01-02',
      'Bob,Ek,call me!,bob@example.com,',
      'Cleo,Cruz,,cleo@,',
      ',,,,',
      ',Dupont,,,',
      ',,555 0199,,',
      'Eve,Lin,,,31/02/1990',
      'Fay,Wu,,,,extra',
    ].join('\n');
    const run = importText(core, text, { kind: 'customers' });
    expect(run.report).toMatchObject({ imported: 2, rejected: 5 });
    expect(run.report.errors).toEqual([
      { row: 3, field: 'phone', message: 'may contain only digits, spaces and + ( ) - . /' },
      { row: 4, field: 'email', message: 'must look like name@example.com' },
      { row: 7, field: 'first_name', message: 'has no name: map a name column or fill it in' },
      { row: 8, field: 'birthday', message: "'31/02/1990' is not a real date" },
      {
        row: 9,
        field: 'file',
        message: 'has 6 cells but the header has 5: check the quotes and the delimiter',
      },
    ]);
    // A last name alone is a name: it becomes the first name rather than losing the row.
    expect(allCustomers(core).map((c) => [c.firstName, c.lastName])).toEqual([
      ['Dupont', ''],
      ['Ann', 'Lee'],
    ]);
    const rejects = run.rejects();
    expect(rejects.startsWith('\ufeffRow,Reason,First Name,Last Name,Phone,Email,Birthday\r\n')).toBe(true);
    expect(rejects).toContain(
      '\r\n3,"phone: may contain only digits, spaces and + ( ) - . /",Bob,Ek,call me!,bob@example.com,\r\n',
    );
    expect(rejects).toContain(
      '\r\n9,has 6 cells but the header has 5: check the quotes and the delimiter,Fay,Wu,,,,extra\r\n',
    );
  });

  it('asks for the date order when dates could be read either way, changing nothing until told', () => {
    const text = 'First Name,Birthday\nAnn,03/04/1990\nBo,05/06/1985\n';
    const before = snapshotDatabase(core.ctx.db);
    expect(() => importText(core, text, { kind: 'customers' })).toThrow(
      /dateOrder: the dates in column "Birthday" could be day-first or month-first/,
    );
    expect(snapshotDatabase(core.ctx.db)).toEqual(before);
    importText(core, text, { kind: 'customers', dateOrder: 'mdy' });
    expect(allCustomers(core).map((c) => c.birthday)).toEqual(['1990-03-04', '1985-05-06']);
  });

  it('takes the order from a column that settles it by itself', () => {
    importText(core, 'First Name,Birthday\nAnn,03/04/1990\nBo,25/06/1985\n', { kind: 'customers' });
    expect(allCustomers(core).map((c) => c.birthday)).toEqual(['1990-04-03', '1985-06-25']);
  });

  it('a dry run reports exactly what the import then does, and changes nothing', () => {
    ok(core.call('customers:create', { firstName: 'Ann', email: 'ann@example.com' }));
    const text =
      'First Name,Email,Phone\nAnn,ann@example.com,555 0100\nBo,bo@example.com,\nCy,,12\nBo,BO@example.com,\n';
    const before = snapshotDatabase(core.ctx.db);
    const dry = importText(core, text, { kind: 'customers', onDuplicate: 'fill', dryRun: true }).report;
    expect(snapshotDatabase(core.ctx.db)).toEqual(before);
    expect(dry).toMatchObject({ dryRun: true, importId: null, imported: 2, updated: 1, skipped: 1 });
    const real = importText(core, text, { kind: 'customers', onDuplicate: 'fill' }).report;
    expect({ ...real, importId: null, dryRun: true }).toEqual(dry);
  });

  it('reads a long file’s phone numbers (read ahead on a worker) exactly as the counter reads them', () => {
    const phones = generateShop({ customers: 3000, interactions: 1, seed: 3, now: T0 })
      .customers.map((customer) => customer.input.phone)
      .filter((phone) => phone !== '');
    const cell = (phone: string, row: number) =>
      row % 7 === 0 ? `"${phone} ::: +39 02 1234 ${row}"` : phone;
    const text = ['First Name,Phone', ...phones.map((phone, row) => `P${row},${cell(phone, row)}`)].join(
      '\n',
    );
    const { report } = importText(core, text, { kind: 'customers' });
    expect(report.imported + report.skipped).toBe(phones.length);
    expect(report.imported).toBeGreaterThan(2000);
    for (const customer of allCustomers(core)) {
      const row = Number(customer.firstName.slice(1));
      expect(customer.phone).toBe(phones[row]);
      expect(customer.phoneE164).toBe(normalizePhone(customer.phone, 'IT').e164);
    }
  });

  it('refuses a mapping to a field Regulars does not know, changing nothing', () => {
    const before = snapshotDatabase(core.ctx.db);
    expect(() =>
      importText(core, 'A,B\n1,2\n', { kind: 'customers', mapping: ['first_name', 'shoe'] }),
    ).toThrow(/mapping\.1: column "B" 'shoe' is not a field Regulars knows/);
    expect(() => importText(core, 'A,B\n1,2\n', { kind: 'customers', mapping: ['first_name'] })).toThrow(
      /gives 1 destinations but the file has 2 columns/,
    );
    expect(() => importText(core, '', { kind: 'customers' })).toThrow(/file: the file is empty/);
    expect(snapshotDatabase(core.ctx.db)).toEqual(before);
  });
});

describe('mappings and separators the shop keeps', () => {
  it('saves, lists and deletes a named mapping; a broken stored one is skipped', () => {
    const till = {
      name: 'Till',
      kind: 'customers',
      columns: { cliente: 'first_name', cell: 'phone' },
      tagSeparator: '|',
    };
    expect(ok(core.call('imports:saveMapping', till))).toEqual([till]);
    expect(ok(core.call('imports:saveMapping', { ...till, name: 'TILL', tagSeparator: ';' }))).toEqual([
      { ...till, name: 'TILL', tagSeparator: ';' },
    ]);
    core.ctx.db
      .prepare(
        "UPDATE settings SET value = json_insert(value, '$[#]', json('{\"name\":5}')) WHERE key = 'import.savedMappings'",
      )
      .run();
    expect(ok(core.call('imports:mappings', {}))).toHaveLength(1);
    expect(ok(core.call('imports:deleteMapping', { name: 'till' }))).toEqual([]);
    expect(core.call('imports:deleteMapping', { name: 'till' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('remembers the tag separator of the last import as the default for the next file', () => {
    importText(core, 'First Name,Tags\nAnn,a|b\n', { kind: 'customers', tagSeparator: '|' });
    importText(core, 'First Name,Tags\nBo,c|d\n', { kind: 'customers' });
    expect(allCustomers(core).map((c) => c.tags)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});

describe('duplicates on import', () => {
  beforeEach(() => {
    ok(
      core.call('customers:create', {
        firstName: 'Ann',
        lastName: 'Lee',
        email: 'ann@example.com',
        phone: '333 111 2222',
        code: 'A1',
        tags: ['vip'],
      }),
    );
  });
  const FILE = [
    'First Name,Last Name,Email,Phone,Code,Notes,Tags',
    'Annie,,ANN@example.com,,,,regular', // matches Ann by e-mail
    'Ann,Lee-Smith,,+39 333 111 2222,,likes tea,', // matches Ann by phone, typed another way
    'Zoe,Ray,zoe@example.com,,Z9,,',
    'Zoë,,zoe@example.com,,,second visit,', // matches row 4 within the file
  ].join('\n');
  const ann = () => allCustomers(core).find((c) => c.code === 'A1');

  it('skip: leaves known customers alone and says why', () => {
    const { report } = importText(core, FILE, { kind: 'customers', onDuplicate: 'skip' });
    expect(report).toMatchObject({ imported: 1, updated: 0, skipped: 3 });
    expect(report.skippedRows.map((s) => [s.row, s.message])).toEqual([
      [2, 'already in Regulars (same e-mail)'],
      [3, 'already in Regulars (same phone)'],
      [5, 'the same customer as row 4 (same e-mail)'],
    ]);
    expect(ann()).toMatchObject({ firstName: 'Ann', lastName: 'Lee', notes: '', tags: ['vip'] });
  });

  it('fill: fills only empty fields and adds tags', () => {
    const { report } = importText(core, FILE, { kind: 'customers', onDuplicate: 'fill' });
    expect(report).toMatchObject({ imported: 1, updated: 3, skipped: 0 });
    expect(ann()).toMatchObject({
      firstName: 'Ann',
      lastName: 'Lee',
      notes: 'likes tea',
      tags: ['regular', 'vip'],
    });
    expect(allCustomers(core).find((c) => c.code === 'Z9')).toMatchObject({
      firstName: 'Zoe',
      notes: 'second visit',
    });
  });

  it('overwrite: the file wins wherever it has a value, and empty cells clear nothing', () => {
    importText(core, FILE, { kind: 'customers', onDuplicate: 'overwrite' });
    expect(ann()).toMatchObject({
      firstName: 'Ann',
      lastName: 'Lee-Smith',
      email: 'ANN@example.com',
      phone: '+39 333 111 2222',
      notes: 'likes tea',
      tags: ['regular'],
    });
    expect(allCustomers(core).find((c) => c.code === 'Z9')).toMatchObject({
      firstName: 'Zoë',
      lastName: 'Ray',
    });
  });

  it('create: adds everyone, but never a second holder of a code', () => {
    const { report } = importText(core, `${FILE}\nAnother,,,,A1,,`, {
      kind: 'customers',
      onDuplicate: 'create',
    });
    expect(report).toMatchObject({ imported: 4, rejected: 1 });
    expect(report.errors).toEqual([
      { row: 6, field: 'code', message: 'customer code A1 is already used by another customer' },
    ]);
    expect(allCustomers(core)).toHaveLength(5);
  });

  it('a code held by a customer in the trash is refused rather than matched', () => {
    const id = ann()?.id ?? '';
    ok(core.call('customers:delete', { ids: [id] }));
    const { report } = importText(core, 'First Name,Code\nNew,A1\n', {
      kind: 'customers',
      onDuplicate: 'fill',
    });
    expect(report.errors).toEqual([
      { row: 2, field: 'code', message: 'customer code A1 is already used by a customer in the trash' },
    ]);
  });
});
