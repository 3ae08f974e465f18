import { describe, expect, it } from 'vitest';
import { parseVcards } from '../import/vcard-read.ts';
import { escapeText, foldLine, vcardOf, type VCardFields } from './vcard-write.ts';

const ann: VCardFields = {
  firstName: 'Ann',
  lastName: 'Lee',
  phone: '+39 333 123 4567',
  email: 'ann@example.com',
  birthday: '--07-01',
  address: 'Via Roma 1, 20100 Milano',
  notes: 'Prefers Sam; no perfume, please\\thanks\nSecond line',
  tags: ['vip', 'morning'],
};

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('vCard writing', () => {
  it('escapes backslash, comma, semicolon and line breaks (RFC 6350 3.4)', () => {
    expect(escapeText('a\\b,c;d\r\ne\nf')).toBe('a\\\\b\\,c\\;d\\ne\\nf');
  });

  it('folds at 75 octets without cutting a multi-byte character', () => {
    const long = `NOTE:${'é'.repeat(50)}${'😀'.repeat(20)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n').filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    // Unfolding gives back the very same text: no character was split.
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(long);
  });

  it.each(['4.0', '3.0'] as const)('writes vCard %s that reads back to the same fields', (version) => {
    const text = vcardOf(ann, version);
    expect(text).toMatch(new RegExp(`^BEGIN:VCARD\\r\\nVERSION:${version.replace('.', '\\.')}\\r\\n`));
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    const [read] = parseVcards(text).contacts;
    expect(read).toMatchObject({
      firstName: 'Ann',
      lastName: 'Lee',
      fullName: 'Ann Lee',
      phones: [ann.phone],
      emails: [ann.email],
      notes: [ann.notes],
      categories: ann.tags,
      addresses: [ann.address],
    });
    expect(read?.birthday).toBe(version === '4.0' ? '--0701' : '1604-07-01');
  });
});
