// vCard 4.0 (RFC 6350) and 3.0 (RFC 2426): text escaped, lines folded at 75 octets without
// cutting a UTF-8 character in two, CRLF line ends.

export type VCardVersion = '4.0' | '3.0';

export interface VCardFields {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  /** YYYY-MM-DD or --MM-DD. */
  birthday: string;
  address: string;
  notes: string;
  tags: readonly string[];
}

const MAX_OCTETS = 75;

/** RFC 6350 3.4: backslash, comma, semicolon and line breaks are escaped in text values. */
export function escapeText(value: string): string {
  return value.replace(/[\\,;]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds a content line: each physical line at most 75 octets, continuation lines begin with a space. */
export function foldLine(line: string): string {
  let out = '';
  let used = 0;
  for (const char of line) {
    const size = octets(char.codePointAt(0) ?? 0);
    if (used + size > MAX_OCTETS) {
      out += '\r\n ';
      used = 1;
    }
    out += char;
    used += size;
  }
  return `${out}\r\n`;
}

function birthdayValue(birthday: string, version: VCardVersion): { params: string; value: string } | null {
  if (birthday === '') return null;
  const [year, month, day] = birthday.startsWith('--')
    ? ['', birthday.slice(2, 4), birthday.slice(5, 7)]
    : birthday.split('-');
  if (version === '4.0') return { params: '', value: `${year || '--'}${month}${day}` };
  // 3.0 has no way to leave the year out; Apple's convention is understood by most phones.
  if (!year) return { params: ';X-APPLE-OMIT-YEAR=1604', value: `1604-${month}-${day}` };
  return { params: '', value: birthday };
}

/** One card. The name is required by both versions, so FN falls back to the first name alone. */
export function vcardOf(fields: VCardFields, version: VCardVersion): string {
  const lines: string[] = ['BEGIN:VCARD', `VERSION:${version}`];
  const fullName = `${fields.firstName} ${fields.lastName}`.trim();
  lines.push(
    `FN:${escapeText(fullName)}`,
    `N:${escapeText(fields.lastName)};${escapeText(fields.firstName)};;;`,
  );
  if (fields.phone !== '') {
    lines.push(
      version === '4.0'
        ? `TEL;VALUE=text:${escapeText(fields.phone)}`
        : `TEL;TYPE=VOICE:${escapeText(fields.phone)}`,
    );
  }
  if (fields.email !== '')
    lines.push(
      version === '4.0'
        ? `EMAIL:${escapeText(fields.email)}`
        : `EMAIL;TYPE=INTERNET:${escapeText(fields.email)}`,
    );
  const birthday = birthdayValue(fields.birthday, version);
  if (birthday) lines.push(`BDAY${birthday.params}:${birthday.value}`);
  // The address is one free-form line; the street component keeps it whole.
  if (fields.address !== '') lines.push(`ADR:;;${escapeText(fields.address)};;;;`);
  if (fields.tags.length > 0) lines.push(`CATEGORIES:${fields.tags.map(escapeText).join(',')}`);
  if (fields.notes !== '') lines.push(`NOTE:${escapeText(fields.notes)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('');
}
