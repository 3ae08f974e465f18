import { describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8 } from './decode-bytes.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, endian: 'le' | 'be', bom = true) => {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes.push(...(endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return new Uint8Array(bytes);
};
// "Café € Łódź" cannot be Windows-1252 (Ł, ó, ź…); "Crème brûlée – 5 €" can.
const CP1252 = new Uint8Array([
  0x43, 0x72, 0xe8, 0x6d, 0x65, 0x20, 0x62, 0x72, 0xfb, 0x6c, 0xe9, 0x65, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80,
]);

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a byte order mark, removing the mark', () => {
    expect(decodeBytes(utf8('José,Núñez'))).toEqual({ text: 'José,Núñez', encoding: 'utf-8', bom: false });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Zoë')]))).toEqual({
      text: 'Zoë',
      encoding: 'utf-8',
      bom: true,
    });
  });

  it('reads UTF-16 little- and big-endian, by their mark or by their zero bytes', () => {
    const text = 'Nome;Città\nŁukasz;Kraków';
    expect(decodeBytes(utf16(text, 'le'))).toEqual({ text, encoding: 'utf-16le', bom: true });
    expect(decodeBytes(utf16(text, 'be'))).toEqual({ text, encoding: 'utf-16be', bom: true });
    expect(decodeBytes(utf16(text, 'le', false))).toMatchObject({ text, encoding: 'utf-16le', bom: false });
    expect(decodeBytes(utf16(text, 'be', false))).toMatchObject({ text, encoding: 'utf-16be', bom: false });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8, euro sign and dashes included', () => {
    expect(decodeBytes(CP1252)).toEqual({ text: 'Crème brûlée – 5 €', encoding: 'windows-1252', bom: false });
  });

  it('never puts a replacement character in place of a byte', () => {
    const everyByte = new Uint8Array(256).map((_, i) => i);
    const { text, encoding } = decodeBytes(everyByte, 'windows-1252');
    expect(encoding).toBe('windows-1252');
    expect(text).not.toContain('\ufffd');
    expect(text).toHaveLength(256);
  });

  it('refuses a file forced to UTF-8 that is not, saying where the bad byte is', () => {
    expect(() => decodeBytes(CP1252, 'utf-8')).toThrow(
      /not valid UTF-8 \(byte 2 is 0xe8\); try Windows-1252/,
    );
    expect(firstInvalidUtf8(utf8('ok'))).toBe(-1);
  });

  it('refuses a file that claims UTF-8 with its mark but breaks it', () => {
    expect(() => decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff]))).toThrow(/byte 4 is 0xff/);
  });

  it('refuses broken UTF-16 instead of patching it', () => {
    expect(() => decodeBytes(new Uint8Array([0xff, 0xfe, 0x41]))).toThrow(/odd number of bytes/);
    // A lone high surrogate.
    expect(() => decodeBytes(new Uint8Array([0xff, 0xfe, 0x3d, 0xd8, 0x41, 0x00]))).toThrow(
      /broken character/,
    );
  });
});
