import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface ServeOptions {
  db: string;
  port: number;
  staticDir: string;
}

/** Where `electron-vite build` puts the renderer, relative to this file. */
export const DEFAULT_STATIC_DIR = resolve(import.meta.dirname, '../../out/renderer');

export const USAGE = 'Usage: node main/web/serve.ts --db PATH [--port N] [--static DIR]';

/** Throws with a message fit to print when the arguments are wrong. */
export function parseServeOptions(args: string[]): ServeOptions {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '0' },
      static: { type: 'string' },
    },
    strict: true,
  });
  if (!values.db) throw new Error(`--db is required. ${USAGE}`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  }
  return {
    db: resolve(values.db),
    port,
    staticDir: resolve(values.static ?? DEFAULT_STATIC_DIR),
  };
}
