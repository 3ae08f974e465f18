import { describe, expect, it } from 'vitest';
import { TypeAheadBuffer } from './type-ahead.ts';

const key = (k: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('TypeAheadBuffer', () => {
  it('collects characters, Backspace and Enter only between start and take', () => {
    const buffer = new TypeAheadBuffer();
    expect(buffer.collect(key('4'))).toBe(false);

    buffer.start();
    for (const k of ['4', '5', 'x', 'Backspace', '6', '7', 'é']) expect(buffer.collect(key(k))).toBe(true);
    expect(buffer.collect(key('Enter'))).toBe(true);
    expect(buffer.take()).toEqual({ text: '4567é', enter: true });

    expect(buffer.collect(key('8'))).toBe(false);
    expect(buffer.take()).toBeNull();
  });

  it('leaves shortcuts and other keys alone', () => {
    const buffer = new TypeAheadBuffer();
    buffer.start();
    expect(buffer.collect(key('k', { ctrlKey: true }))).toBe(false);
    expect(buffer.collect(key('Escape'))).toBe(false);
    expect(buffer.collect(key('ArrowDown'))).toBe(false);
    expect(buffer.take()).toEqual({ text: '', enter: false });
  });
});
