import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATIC_DIR, parseServeOptions } from './serve-options.ts';

describe('serve options', () => {
  it('needs --db and defaults to a free port and the built renderer', () => {
    expect(parseServeOptions(['--db', 'x.db'])).toEqual({
      db: resolve('x.db'),
      port: 0,
      staticDir: DEFAULT_STATIC_DIR,
    });
    expect(
      DEFAULT_STATIC_DIR.endsWith(`out${'/'}renderer`) || DEFAULT_STATIC_DIR.endsWith('out\\renderer'),
    ).toBe(true);
    expect(() => parseServeOptions([])).toThrow(/--db is required/);
  });

  it('refuses a port that is not a port and flags it does not know', () => {
    expect(parseServeOptions(['--db', 'x.db', '--port', '8123']).port).toBe(8123);
    for (const port of ['-1', '65536', '1.5', 'eighty']) {
      expect(() => parseServeOptions(['--db', 'x.db', '--port', port])).toThrow(/--port/);
    }
    expect(() => parseServeOptions(['--db', 'x.db', '--host', '0.0.0.0'])).toThrow();
  });
});
