import { afterEach, beforeEach, expect, it } from 'vitest';
import { ok, upload } from '../import/test-support/import-helpers.ts';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';

let core: TempCore;
beforeEach(() => {
  core = makeTempCore();
});
afterEach(() => core.dispose());

const utf16le = (text: string) =>
  new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);

it('says how a CSV reads: encoding, delimiter, header, a sample, the preset and the first mapping', () => {
  const text =
    'Given Name\tFamily Name\tBirthday\tE-mail 1 - Value\tGroup Membership\r\nJosé\tNúñez\t03/04/1990\tjose@example.com\t* myContacts ::: VIP\r\nAnn\tLee\t25/12/1985\t\t\r\n';
  const uploadId = upload(core, utf16le(text), 'google.csv', 16);
  expect(ok(core.call('imports:inspect', { uploadId, kind: 'customers' }))).toEqual({
    fileName: 'google.csv',
    size: 2 + text.length * 2,
    encoding: 'utf-16le',
    bom: true,
    delimiter: '\t',
    headers: ['Given Name', 'Family Name', 'Birthday', 'E-mail 1 - Value', 'Group Membership'],
    sample: [
      ['José', 'Núñez', '03/04/1990', 'jose@example.com', '* myContacts ::: VIP'],
      ['Ann', 'Lee', '25/12/1985', '', ''],
    ],
    rowCount: 2,
    preset: 'google',
    mapping: ['first_name', 'last_name', 'birthday', 'email', 'tags'],
    tagSeparator: ' ::: ',
    // One date that can only be day-first settles the column.
    dateColumns: [{ column: 2, verdict: 'dmy' }],
  });
});

it('counts the cards of a vCard file and shows the first ones', () => {
  const uploadId = upload(
    core,
    new TextEncoder().encode('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann Lee\r\nTEL:555 0100\r\nEND:VCARD\r\n'),
    'a.vcf',
  );
  expect(ok(core.call('imports:inspect', { uploadId, kind: 'vcard' }))).toMatchObject({
    encoding: 'utf-8',
    headers: ['Name', 'Phones', 'E-mails'],
    sample: [['Ann Lee', '555 0100', '']],
    rowCount: 1,
  });
});

it('refuses an upload it does not have, and a file it cannot read, as an invalid input', () => {
  expect(core.call('imports:inspect', { uploadId: 'gone', kind: 'customers' })).toMatchObject({
    ok: false,
    error: { code: 'not_found' },
  });
  const uploadId = upload(core, new Uint8Array([0xef, 0xbb, 0xbf, 0xff]), 'bad.csv');
  expect(core.call('imports:inspect', { uploadId, kind: 'customers' })).toMatchObject({
    ok: false,
    error: { code: 'invalid_input', field: 'encoding' },
  });
});
