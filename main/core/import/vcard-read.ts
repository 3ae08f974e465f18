// vCard 2.1, 3.0 and 4.0 (RFC 2426, RFC 6350) as phones and address books write them: folded
// lines, escaped characters, parameters in either style (TYPE=CELL,PREF / TYPE=cell;PREF=1),
// quoted-printable values from old phones, one card or many.

export interface VCardContact {
  /** 1-based position of the card in the file, for the report. */
  row: number;
  version: string;
  fullName: string;
  firstName: string;
  lastName: string;
  org: string;
  /** Best first: preferred, then mobile, then in file order. */
  phones: string[];
  emails: string[];
  birthday: string;
  birthdayNoYear: boolean;
  notes: string[];
  categories: string[];
  addresses: string[];
}

export interface VCardProblem {
  row: number;
  message: string;
}

interface Property {
  name: string;
  params: Map<string, string[]>;
  value: string;
}

/** Splits on a separator not escaped by a backslash. */
export function splitUnescaped(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i] ?? '';
    if (char === '\\' && i + 1 < value.length) {
      current += char + (value[i + 1] ?? '');
      i++;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\,;:nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** The decoded bytes of a quoted-printable value, read as UTF-8 (what old phones wrote). */
function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '=' ? /^[0-9A-F]{2}/i.exec(value.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(...new TextEncoder().encode(value[i] ?? ''));
  }
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}

function unfold(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    const previous = lines.length - 1;
    if ((line.startsWith(' ') || line.startsWith('\t')) && previous >= 0) lines[previous] += line.slice(1);
    // Quoted-printable soft line break: the value goes on, unindented.
    else if (
      previous >= 0 &&
      /ENCODING=QUOTED-PRINTABLE|;QUOTED-PRINTABLE/i.test(lines[previous] ?? '') &&
      (lines[previous] ?? '').endsWith('=')
    ) {
      lines[previous] = (lines[previous] ?? '').slice(0, -1) + line;
    } else lines.push(line);
  }
  return lines;
}

function parseProperty(line: string): Property | null {
  let inQuotes = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') inQuotes = !inQuotes;
    else if (line[i] === ':' && !inQuotes) {
      colon = i;
      break;
    }
  }
  if (colon <= 0) return null;
  const [nameWithGroup = '', ...rawParams] = line.slice(0, colon).split(';');
  const name = (nameWithGroup.split('.').at(-1) ?? '').toUpperCase();
  const params = new Map<string, string[]>();
  for (const raw of rawParams) {
    const eq = raw.indexOf('=');
    // vCard 2.1 writes bare types: TEL;CELL;PREF:…
    const key =
      eq === -1
        ? /^(QUOTED-PRINTABLE|BASE64|8BIT)$/i.test(raw)
          ? 'ENCODING'
          : 'TYPE'
        : raw.slice(0, eq).toUpperCase();
    const values = (eq === -1 ? raw : raw.slice(eq + 1))
      .replaceAll('"', '')
      .split(',')
      .map((v) => v.toLowerCase());
    params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  let value = line.slice(colon + 1);
  if (params.get('ENCODING')?.includes('quoted-printable')) value = decodeQuotedPrintable(value);
  return { name, params, value };
}

function rank(property: Property): number {
  const types = property.params.get('TYPE') ?? [];
  if (types.includes('pref') || property.params.has('PREF')) return 0;
  return types.includes('cell') || types.includes('mobile') ? 1 : 2;
}

function byPreference(properties: Property[], read: (value: string) => string): string[] {
  return properties
    .map((property, index) => ({ property, index }))
    .sort((a, b) => rank(a.property) - rank(b.property) || a.index - b.index)
    .map(({ property }) => read(property.value).trim())
    .filter((value) => value !== '');
}

function contactOf(row: number, properties: Property[]): VCardContact {
  const all = (name: string) => properties.filter((property) => property.name === name);
  const first = (name: string) => all(name)[0];
  const text = (name: string) => unescapeText(first(name)?.value ?? '').trim();
  const [family = '', given = '', additional = ''] = splitUnescaped(first('N')?.value ?? '', ';').map(
    (part) => unescapeText(part).trim(),
  );
  const bday = first('BDAY');
  return {
    row,
    version: text('VERSION'),
    fullName: text('FN'),
    firstName: [given, additional].filter(Boolean).join(' '),
    lastName: family,
    org: splitUnescaped(first('ORG')?.value ?? '', ';')
      .map(unescapeText)
      .filter(Boolean)
      .join(', '),
    phones: byPreference(all('TEL'), (value) => unescapeText(value.replace(/^tel:/i, ''))),
    emails: byPreference(all('EMAIL'), (value) => unescapeText(value.replace(/^mailto:/i, ''))),
    birthday: unescapeText(bday?.value ?? '').trim(),
    birthdayNoYear: bday?.params.has('X-APPLE-OMIT-YEAR') ?? false,
    notes: all('NOTE')
      .map((note) => unescapeText(note.value).trim())
      .filter(Boolean),
    categories: all('CATEGORIES')
      .flatMap((c) => splitUnescaped(c.value, ',').map((tag) => unescapeText(tag).trim()))
      .filter(Boolean),
    addresses: byPreference(all('ADR'), (value) =>
      splitUnescaped(value, ';')
        .map((part) => unescapeText(part).trim())
        .filter(Boolean)
        .join(', '),
    ),
  };
}

/** Every card of a file; a card that never ends is reported, text outside cards is ignored. */
export function parseVcards(text: string): { contacts: VCardContact[]; problems: VCardProblem[] } {
  const contacts: VCardContact[] = [];
  const problems: VCardProblem[] = [];
  let current: Property[] | null = null;
  const unfinished = () =>
    problems.push({ row: contacts.length + problems.length + 1, message: 'the card has no END:VCARD' });
  for (const line of unfold(text)) {
    const upper = line.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      if (current !== null) unfinished();
      current = [];
    } else if (upper === 'END:VCARD') {
      if (current !== null) contacts.push(contactOf(contacts.length + problems.length + 1, current));
      current = null;
    } else if (current !== null && upper !== '') {
      const property = parseProperty(line);
      if (property) current.push(property);
    }
  }
  if (current !== null) unfinished();
  return { contacts, problems };
}
