import { afterEach, beforeEach, expect, it } from 'vitest';
import { allCustomers, importText, ok } from '../import/test-support/import-helpers.ts';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';

let core: TempCore;
beforeEach(() => {
  core = makeTempCore();
  ok(core.call('settings:update', { defaultCountry: 'IT' }));
});
afterEach(() => core.dispose());

const PHONE_EXPORT = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Rossi;Maria;Grazia;;',
  'FN:Maria Grazia Rossi',
  'TEL;TYPE=CELL,PREF:+39 347 123 4567',
  'TEL;TYPE=HOME:06 1234 5678',
  'EMAIL;TYPE=INTERNET:maria@example.com',
  'EMAIL;TYPE=INTERNET:m.rossi@work.example.com',
  'BDAY:1985-11-30',
  'CATEGORIES:Clienti,VIP',
  'NOTE:Allergica alla lavanda\\, preferisce Sam',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Bike Shop Ltd',
  'ORG:Bike Shop Ltd',
  'TEL;VALUE=uri:tel:+44-20-7946-0958',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'N:;;;;',
  'END:VCARD',
  '',
].join('\r\n');

it('imports every card, extra numbers and e-mails kept in the notes, nameless cards rejected', () => {
  const { report } = importText(core, PHONE_EXPORT, { kind: 'vcard' }, 'contacts.vcf');
  expect(report).toMatchObject({ kind: 'vcard', imported: 2, rejected: 1 });
  expect(report.errors).toEqual([
    { row: 3, field: 'first_name', message: 'has no name: map a name column or fill it in' },
  ]);
  const [shop, maria] = allCustomers(core);
  expect(maria).toMatchObject({
    firstName: 'Maria Grazia',
    lastName: 'Rossi',
    phone: '+39 347 123 4567',
    phoneE164: '+393471234567',
    email: 'maria@example.com',
    birthday: '1985-11-30',
    tags: ['Clienti', 'VIP'],
    notes:
      'Allergica alla lavanda, preferisce Sam\nOther phone: 06 1234 5678\nOther e-mail: m.rossi@work.example.com',
  });
  expect(shop).toMatchObject({ firstName: 'Bike Shop', lastName: 'Ltd', phone: '+44-20-7946-0958' });
});

it('matches cards to customers already known, by the policy chosen', () => {
  ok(core.call('customers:create', { firstName: 'Maria', email: 'MARIA@example.com' }));
  const { report } = importText(core, PHONE_EXPORT, { kind: 'vcard', onDuplicate: 'fill' }, 'contacts.vcf');
  expect(report).toMatchObject({ imported: 1, updated: 1 });
  expect(allCustomers(core).find((c) => c.email === 'MARIA@example.com')).toMatchObject({
    firstName: 'Maria',
    birthday: '1985-11-30',
    phone: '+39 347 123 4567',
  });
});

it('refuses a file with no card in it', () => {
  expect(() => importText(core, 'First Name\nAnn\n', { kind: 'vcard' })).toThrow(
    /file: there is no vCard in this file/,
  );
});
