// Amounts as tills and spreadsheets write them: "12.50", "12,5", "€ 1.234,56", "$1,234.56",
// "-3.00", "(3.00)", "12.50 EUR". Read into integer cents; anything else is refused, never guessed.

const MAX_MINOR = 100_000_000_00;

export type AmountReading = { ok: true; minor: number } | { ok: false; reason: string };

function digitsToMinor(body: string): number | null {
  const separators = [...body.matchAll(/[.,' \u00a0\u202f]/g)];
  if (separators.length === 0) return /^\d+$/.test(body) ? Number(body) * 100 : null;
  const last = separators.at(-1);
  if (!last || last.index === undefined) return null;
  const tail = body.slice(last.index + 1);
  // The last separator is the decimal point when it is followed by one or two digits and
  // differs from the ones before it (1.234,56) or stands alone (12,5). Three digits after a
  // lone separator ("1.500", "1,500") mean thousands, as on price tags on both sides of the ocean.
  const lastIsDecimal =
    (last[0] === '.' || last[0] === ',') &&
    tail.length <= 2 &&
    separators.slice(0, -1).every((match) => match[0] !== last[0]);
  const whole = lastIsDecimal ? body.slice(0, last.index) : body;
  const fraction = lastIsDecimal ? tail : '';
  const groups = whole.split(/[.,' \u00a0\u202f]/);
  const grouped = groups.length > 1;
  if (grouped) {
    const kinds = new Set(whole.match(/[.,' \u00a0\u202f]/g));
    if (kinds.size !== 1 || !/^\d{1,3}$/.test(groups[0] ?? '')) return null;
    if (!groups.slice(1).every((group) => /^\d{3}$/.test(group))) return null;
  } else if (!/^\d+$/.test(whole)) return null;
  if (!/^\d{0,2}$/.test(fraction)) return null;
  return Number(groups.join('')) * 100 + Number(fraction.padEnd(2, '0'));
}

// What tills write nearly always, read without the general path's regexes: the same result.
const PLAIN = /^(\d+)(?:\.(\d{0,2}))?$/;

export function readAmount(text: string): AmountReading {
  const plain = PLAIN.exec(text);
  if (plain) {
    const minor = Number(plain[1]) * 100 + Number((plain[2] ?? '').padEnd(2, '0'));
    if (minor <= MAX_MINOR) return { ok: true, minor };
  }
  let body = text.trim();
  let negative = false;
  if (/^\(.*\)$/.test(body)) {
    negative = true;
    body = body.slice(1, -1).trim();
  }
  // Currency signs and codes on either side, and a sign before or after them.
  body = body.replace(/^[-+]?\s*(?:[A-Z]{3}|[€$£¥₹]|CHF|Fr\.?)?\s*/i, (lead) => {
    if (lead.includes('-')) negative = !negative;
    return '';
  });
  if (body.startsWith('-')) {
    negative = !negative;
    body = body.slice(1).trim();
  }
  body = body.replace(/\s*(?:[A-Z]{3}|[€$£¥₹])\s*$/i, '').trim();
  if (body.endsWith('-')) {
    negative = !negative;
    body = body.slice(0, -1).trim();
  }
  const minor = body === '' ? null : digitsToMinor(body);
  if (minor === null) return { ok: false, reason: `'${text.trim()}' is not an amount like 12.50` };
  if (minor > MAX_MINOR) return { ok: false, reason: `'${text.trim()}' is too large` };
  return { ok: true, minor: negative ? -minor : minor };
}
