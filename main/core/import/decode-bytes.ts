import type { EncodingChoice } from '../../../shared/domain/import-targets.ts';
import { AppError } from '../errors.ts';
import { decodeWindows1252 } from './windows-1252.ts';

export type DetectedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: DetectedEncoding;
  /** The file began with a byte order mark (removed from `text`). */
  bom: boolean;
}

const refuse = (message: string) => new AppError('invalid_input', `encoding: ${message}`, 'encoding');

/** The offset of the first byte that breaks UTF-8, for a message that says where to look. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

function strict(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a byte order mark: text in Latin scripts has a zero byte in every other
 * position. Which position says little- or big-endian.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, endian: 'utf-16le' | 'utf-16be', bom: boolean): DecodedText {
  const body = bom ? bytes.subarray(2) : bytes;
  if (body.length % 2 !== 0) throw refuse('the file is not valid UTF-16: it has an odd number of bytes');
  const text = strict(endian, body);
  if (text === null) throw refuse('the file is not valid UTF-16: it holds a broken character');
  return { text, encoding: endian, bom };
}

function decodeUtf8(bytes: Uint8Array, bom: boolean): DecodedText | null {
  const text = strict('utf-8', bom ? bytes.subarray(3) : bytes);
  return text === null ? null : { text, encoding: 'utf-8', bom };
}

/**
 * Reads a file's bytes as text. Automatic detection: a byte order mark decides; else UTF-16 is
 * recognised by its zero bytes; else the file must be valid UTF-8 throughout, and otherwise it
 * is read as Windows-1252 (which maps every byte to a character). No decoder here ever inserts
 * U+FFFD: a file that is not what was asked for is refused with the position of the bad byte.
 */
export function decodeBytes(bytes: Uint8Array, choice: EncodingChoice = 'auto'): DecodedText {
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const leBom = bytes[0] === 0xff && bytes[1] === 0xfe;
  const beBom = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (choice === 'windows-1252')
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
  if (choice === 'utf-16' || (choice === 'auto' && (leBom || beBom))) {
    if (leBom || beBom) return decodeUtf16(bytes, leBom ? 'utf-16le' : 'utf-16be', true);
    return decodeUtf16(bytes, sniffUtf16(bytes) ?? 'utf-16le', false);
  }
  if (choice === 'auto' && !utf8Bom) {
    const sniffed = sniffUtf16(bytes);
    if (sniffed) return decodeUtf16(bytes, sniffed, false);
  }
  const utf8 = decodeUtf8(bytes, utf8Bom);
  if (utf8) return utf8;
  if (choice === 'auto' && !utf8Bom) {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
  }
  const at = firstInvalidUtf8(bytes.subarray(utf8Bom ? 3 : 0)) + (utf8Bom ? 3 : 0);
  throw refuse(
    `the file is not valid UTF-8 (byte ${at} is 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')}); ` +
      'try Windows-1252',
  );
}
