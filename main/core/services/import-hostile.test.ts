import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprint as snapshotDatabase } from '../test-support/db-fingerprint.ts';
import { importText, ok } from '../import/test-support/import-helpers.ts';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';

// A corpus of hostile and messy files, made here. Each must either import correctly or be
// rejected row by row with a reason (or refused as a whole, changing nothing); every row ends in
// exactly one of imported, updated, skipped, rejected; nothing is ever half-imported.

const enc = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) =>
  new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);

interface Case {
  name: string;
  bytes: Uint8Array;
  rows: number;
  /** The import is refused as a whole with this message. */
  refused?: RegExp;
  /** What must end up stored, by first name. */
  stored?: Record<string, object>;
  rejectedWith?: RegExp[];
}

const CASES: Case[] = [
  {
    name: 'formula injection in every column',
    bytes: enc(
      'First Name,Notes,Phone\n=cmd|\'/c calc\'!A1,@SUM(1),+39 333 1234567\n"-2+3",=HYPERLINK("x"),\n',
    ),
    rows: 2,
    stored: {
      "=cmd|'/c calc'!A1": { notes: '@SUM(1)', phone: '+39 333 1234567' },
      '-2+3': { notes: '=HYPERLINK("x")' },
    },
  },
  {
    name: 'our own escaped cells',
    bytes: enc("First Name,Phone\n'=Ann,'+39 333 1234567\n"),
    rows: 1,
    stored: { '=Ann': { phone: '+39 333 1234567' } },
  },
  {
    name: 'a replacement character from an earlier broken conversion',
    bytes: enc('First Name\nJos\ufffd\nAnn\n'),
    rows: 2,
    stored: { Ann: {} },
    rejectedWith: [/first_name: contains �/],
  },
  {
    name: 'NUL bytes inside a UTF-8 file',
    bytes: enc('First Name,Notes\nAnn,a\u0000b\nBo,ok\n'),
    rows: 2,
    stored: { Bo: {} },
    rejectedWith: [/notes: contains a NUL character/],
  },
  {
    name: 'UTF-16 LE with a BOM and tabs',
    bytes: utf16le('First Name\tLast Name\r\nŁukasz\tNowak\r\n'),
    rows: 1,
    stored: { Łukasz: { lastName: 'Nowak' } },
  },
  {
    name: 'Windows-1252 accents',
    bytes: new Uint8Array([
      ...enc('First Name;Notes\r\nJos'),
      0xe9,
      ...enc(';caf'),
      0xe9,
      0x20,
      0x80,
      0x35,
      ...enc('\r\n'),
    ]),
    rows: 1,
    stored: { José: { notes: 'café €5' } },
  },
  {
    name: 'an unclosed quote in the middle',
    bytes: enc('First Name,Notes\nAnn,"never closed\nBo,fine\n'),
    rows: 2,
    stored: { Bo: { notes: 'fine' } },
    rejectedWith: [/never closed/],
  },
  {
    name: 'ragged rows and trailing delimiters',
    bytes: enc('First Name,Last Name,\nAnn,Lee,\nBo\nCy,Ek,,surprise\n,,\n'),
    rows: 3,
    stored: { Ann: { lastName: 'Lee' }, Bo: {} },
    rejectedWith: [/has 4 cells but the header has 3/],
  },
  {
    name: 'overlong values',
    bytes: enc(`First Name,Notes\n${'A'.repeat(81)},\nBo,${'n'.repeat(4001)}\nCy,ok\n`),
    rows: 3,
    stored: { Cy: {} },
    rejectedWith: [/first_name: must be at most 80/, /notes: must be at most 4000/],
  },
  {
    name: 'too many tags, and one too long',
    bytes: enc(
      `First Name,Tags\nAnn,"${Array.from({ length: 51 }, (_, i) => `t${i}`).join(',')}"\nBo,${'x'.repeat(41)}\n`,
    ),
    rows: 2,
    rejectedWith: [/tags: has more than 50 tags/, /tags: 'x+' must be at most 40/],
  },
  { name: 'a header and nothing else', bytes: enc('First Name,Email\n'), rows: 0 },
  { name: 'an empty file', bytes: enc(''), rows: 0, refused: /file: the file is empty/ },
  {
    name: 'a UTF-8 mark on bytes that are not UTF-8',
    bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xe9]),
    rows: 0,
    refused: /encoding: the file is not valid UTF-8/,
  },
  {
    name: 'binary junk',
    bytes: new Uint8Array(Array.from({ length: 300 }, (_, i) => (i * 7919) % 256)),
    rows: -1,
  },
  {
    name: 'prototype pollution in headers',
    bytes: enc('__proto__,constructor,First Name\nx,y,Ann\n'),
    rows: 1,
    stored: { Ann: {} },
  },
];

let core: TempCore;
beforeEach(() => {
  core = makeTempCore();
  ok(core.call('settings:update', { defaultCountry: 'IT' }));
  // Someone already there, so a file cannot pass by matching nobody.
  ok(core.call('customers:create', { firstName: 'Existing', email: 'existing@example.com' }));
});
afterEach(() => core.dispose());

describe('hostile and messy files', () => {
  it.each(CASES)('$name', ({ bytes, rows, refused, stored = {}, rejectedWith = [] }) => {
    const before = snapshotDatabase(core.ctx.db);
    if (refused) {
      expect(() => importText(core, bytes, { kind: 'customers', mapping: undefined })).toThrow(refused);
      expect(snapshotDatabase(core.ctx.db)).toEqual(before);
      return;
    }
    let run;
    try {
      run = importText(core, bytes, { kind: 'customers' });
    } catch (error) {
      // Junk may be refused as a whole, but then with a reason and no change at all.
      expect(rows, String(error)).toBe(-1);
      expect(snapshotDatabase(core.ctx.db)).toEqual(before);
      return;
    }
    const { report } = run;
    if (rows >= 0) expect(report.imported + report.updated + report.skipped + report.rejected).toBe(rows);
    expect(report.errors.every((error) => error.message.length > 0)).toBe(true);
    rejectedWith.forEach((reason, index) => {
      const error = report.errors[index];
      expect(`${error?.field}: ${error?.message}`).toMatch(reason);
    });
    for (const [firstName, fields] of Object.entries(stored)) {
      const row = core.ctx.db.prepare('SELECT * FROM customers WHERE first_name = ?').get(firstName) as
        Record<string, unknown> | undefined;
      expect(row, firstName).toBeDefined();
      const snake = Object.fromEntries(
        Object.entries(fields).map(([key, value]) => [
          key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
          value,
        ]),
      );
      expect(row).toMatchObject(snake);
    }
    // Nothing half-imported: the rows counted as imported are exactly the customers added.
    const added = (snapshotDatabase(core.ctx.db).counts.customers ?? 0) - (before.counts.customers ?? 0);
    expect(added).toBe(report.imported);
    expect(core.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
