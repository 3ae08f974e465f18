import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../errors.ts';

/** The per-install secret PINs are keyed with: beside the database, never inside it. */
export const KEY_FILE_NAME = 'regulars.key';
const KEY_BYTES = 32;

export interface PinKey {
  bytes: Buffer;
  /** Stored with each PIN, so a wrong key file is reported as such instead of as wrong PINs. */
  id: string;
}

export function keyPathFor(databasePath: string): string {
  return join(dirname(databasePath), KEY_FILE_NAME);
}

function toKey(bytes: Buffer): PinKey {
  return { bytes, id: createHash('sha256').update(bytes).digest('hex').slice(0, 16) };
}

/** The key, or undefined when the file is not there; a damaged file is an error. */
export function readPinKey(path: string): PinKey | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw new AppError('internal', `The key file ${path} cannot be read: ${String(error)}`);
  }
  if (bytes.length !== KEY_BYTES) {
    throw new AppError(
      'conflict',
      `The key file ${path} is damaged (${bytes.length} bytes instead of ${KEY_BYTES}); PINs cannot be checked with it.`,
    );
  }
  return toKey(bytes);
}

/**
 * Creates the key once: 'wx' fails when the file exists, so a key is never overwritten, even by
 * two processes racing; the loser reads the winner's key. Readable by the user only.
 */
export function createPinKey(path: string): PinKey {
  try {
    writeFileSync(path, randomBytes(KEY_BYTES), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) {
      throw new AppError('internal', `The key file ${path} cannot be created: ${String(error)}`);
    }
  }
  const key = readPinKey(path);
  if (!key) throw new AppError('internal', `The key file ${path} vanished right after it was created.`);
  return key;
}

export function missingKeyError(path: string): AppError {
  return new AppError(
    'conflict',
    `The key file ${path} is missing, so no PIN can be checked or set. Put back the regulars.key that was ` +
      'beside the database (it travels with every copy and backup of it), or, as the owner, reset the PINs ' +
      'from the command line: regulars staff set-pin <owner> --new-key.',
  );
}
