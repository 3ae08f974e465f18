import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { columnName, createSheetBuilder } from './xlsx-write.ts';

/** Reads a zip's entries from its central directory: enough to check what we wrote. */
function unzip(bytes: Uint8Array): Map<string, string> {
  const buffer = Buffer.from(bytes);
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(buffer.readUInt32LE(at)).toBe(0x02014b50);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const offset = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const local = offset + 30 + buffer.readUInt16LE(offset + 26) + buffer.readUInt16LE(offset + 28);
    files.set(name, inflateRawSync(buffer.subarray(local, local + size)).toString('utf8'));
    at += 46 + nameLength + extra;
  }
  return files;
}

describe('xlsx writing', () => {
  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('writes a workbook whose cells are all strings: no value can become a formula', () => {
    const sheet = createSheetBuilder(['Name', 'Phone', 'Note']);
    sheet.add(['José & <Ann>', '+39 333 1234567', '=HYPERLINK("http://evil")\u0000\u0007']);
    const files = unzip(sheet.finish());
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
    ]);
    const xml = files.get('xl/worksheets/sheet1.xml') ?? '';
    expect(xml).not.toContain('<f>');
    expect(xml.match(/<c /g)).toHaveLength(6);
    expect(xml.match(/t="inlineStr"/g)).toHaveLength(6);
    expect(xml).toContain('<t xml:space="preserve">José &amp; &lt;Ann&gt;</t>');
    expect(xml).toContain('<t xml:space="preserve">+39 333 1234567</t>');
    // Control characters XML cannot hold are gone; the text stays a string.
    expect(xml).toContain('<t xml:space="preserve">=HYPERLINK(&quot;http://evil&quot;)</t>');
  });
});
