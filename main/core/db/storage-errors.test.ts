import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../core.ts';
import { createCustomer } from '../services/customers.ts';
import { makeTempCore, makeTempDir } from '../test-support/temp-core.ts';
import { storageErrorOf } from './storage-errors.ts';
import { TEST_ACTOR } from '../test-support/test-actor.ts';

// Real failures, not mocks, each in a child process running a real core: a really full disk (a
// 1 MB tmpfs, where the tests may mount one), a file-size limit (RLIMIT_FSIZE via prlimit), and
// folders that are really read-only for the child. Tests often run as root, for whom permissions
// do not stop writes, so the child then runs as the user "nobody".

const CHILD = join(import.meta.dirname, '..', 'test-support', 'storage-child.ts');
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
beforeEach(() => {
  temp = makeTempDir();
  chmodSync(temp.dir, 0o755); // the child may run as another user
  dbPath = join(temp.dir, 'regulars.db');
  const core = createCore(dbPath, { log: () => {}, actor: TEST_ACTOR });
  createCustomer(core.ctx, { firstName: 'Ann', lastName: 'Lee' });
  core.close();
});
afterEach(() => {
  chmodSync(temp.dir, 0o755);
  temp.dispose();
});

function runChild(mode: string, options: { fileSizeLimit?: number; otherUser?: boolean } = {}) {
  const args = [CHILD, mode, dbPath];
  const command = options.fileSizeLimit
    ? ['prlimit', `--fsize=${options.fileSizeLimit}:${options.fileSizeLimit}`, process.execPath, ...args]
    : [process.execPath, ...args];
  const [file = '', ...rest] = command;
  const result = spawnSync(file, rest, {
    encoding: 'utf8',
    timeout: 20_000,
    ...(options.otherUser && asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  expect(result.stderr).toBe('');
  return result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Checks the database the child left: whole, with every acknowledged customer and nothing half-saved. */
function expectNothingLost(path: string, saved: readonly string[]): void {
  const db = new Database(path, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const ids = new Set(db.prepare<[], string>('SELECT id FROM customers').pluck().all());
    const counter = db.prepare("SELECT value FROM counters WHERE name = 'live_customers'").pluck().get();
    for (const id of saved) expect(ids.has(id), id).toBe(true);
    expect(ids.size).toBe(saved.length + 1); // + Ann; the refused one is not there
    expect(counter).toBe(ids.size);
  } finally {
    db.close();
  }
}

function outcome(lines: Record<string, unknown>[]) {
  return {
    saved: lines.flatMap((line) => (typeof line.saved === 'string' ? [line.saved] : [])),
    refused: lines.find((line) => line.refused)?.refused as { code: string; message: string },
    readsAfter: lines.at(-1),
  };
}

/** A tmpfs mounted in a private mount namespace of the child: gone when the child exits. */
const canMountTmpfs =
  asRoot &&
  spawnSync('unshare', [
    '-m',
    '--propagation',
    'private',
    'sh',
    '-c',
    'mount -t tmpfs -o size=64k tmpfs /mnt',
  ]).status === 0;

describe('a full disk', () => {
  it.runIf(canMountTmpfs)(
    'a really full disk refuses the change with a clear message; nothing saved before is lost',
    () => {
      const disk = join(temp.dir, 'disk');
      const after = join(temp.dir, 'after');
      mkdirSync(disk);
      mkdirSync(after);
      // The database on a 1 MB tmpfs; when the child is done, its files are copied out to check.
      const script = [
        `mount -t tmpfs -o size=1m tmpfs "${disk}"`,
        `cp "${dbPath}" "${disk}/regulars.db"`,
        `"${process.execPath}" "${CHILD}" fill "${disk}/regulars.db"`,
        `cp "${disk}"/regulars.db* "${after}/"`,
      ].join(' && ');
      const result = spawnSync('unshare', ['-m', '--propagation', 'private', 'sh', '-c', script], {
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(result.stderr).toBe('');
      const { saved, refused, readsAfter } = outcome(
        result.stdout
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as Record<string, unknown>),
      );
      expect(saved.length).toBeGreaterThan(5);
      expect(refused).toEqual({
        code: 'disk_full',
        message:
          `The disk holding ${disk} is full. This change was not saved; everything saved before it is safe. ` +
          'Free some space, then try again.',
      });
      expect(readsAfter).toEqual({ listAfter: true });
      expectNothingLost(join(after, 'regulars.db'), saved);
    },
  );

  it('a file-size limit (RLIMIT_FSIZE) fails the write as a disk error; nothing saved before is lost', () => {
    const limit = statSync(dbPath).size + 1_000_003;
    const { saved, refused, readsAfter } = outcome(runChild('fill', { fileSizeLimit: limit }));
    expect(saved.length).toBeGreaterThan(5);
    // Past the limit the kernel answers EFBIG, which SQLite reports as a write error, not as full.
    expect(refused).toEqual({
      code: 'storage_error',
      message:
        `The disk reported an error (SQLITE_IOERR_WRITE) while Regulars was using ${temp.dir}. ` +
        'This change was not saved; everything saved before it is safe. ' +
        'If it happens again, check the disk and restore a backup in Settings → Backups.',
    });
    expect(readsAfter).toEqual({ listAfter: true });
    expectNothingLost(dbPath, saved);
  });
});

describe('a read-only folder', () => {
  it('is refused at start with a plain explanation, and the file is left as it was', () => {
    chmodSync(dbPath, 0o444);
    chmodSync(temp.dir, 0o555);
    const before = readFileSync(dbPath);
    const [first] = runChild('write', { otherUser: true });
    expect(first).toEqual({
      opened: false,
      openError: true,
      message: expect.stringMatching(
        new RegExp(
          `^Regulars cannot open ${dbPath}: its folder ${temp.dir} is read-only or cannot be reached`,
        ),
      ) as string,
    });
    expect(readFileSync(dbPath).equals(before)).toBe(true);
  });

  it('with a read-only database file, shows the data, refuses changes with a clear message and says so', () => {
    chmodSync(dbPath, 0o444);
    if (asRoot) chownSync(temp.dir, NOBODY, NOBODY); // the folder writable for the child, the file not
    const before = readFileSync(dbPath);
    const lines = runChild('write', { otherUser: true });
    expect(lines[0]).toEqual({ opened: true });
    expect(lines[1]).toMatchObject({ list: { ok: true, data: { total: 1 } } });
    expect(lines[2]).toMatchObject({ create: { ok: false, error: { code: 'read_only' } } });
    const create = lines[2]?.create as { error: { message: string } };
    expect(create.error.message).toBe(
      `Regulars may not write in ${temp.dir}: the folder or its database file is read-only. ` +
        'This change was not saved; everything saved before it is safe. ' +
        'Make the folder writable (or move it off a locked or read-only drive), then try again.',
    );
    expect(lines[3]).toMatchObject({ status: { ok: true, data: { health: 'read_only' } } });
    expect(readFileSync(dbPath).equals(before)).toBe(true);
    expect(existsSync(dbPath)).toBe(true);
  });
});

describe('storageErrorOf', () => {
  it('names the storage failure behind each SQLite and file-system code, and leaves bugs alone', () => {
    const core = makeTempCore();
    try {
      const codeFor = (code: string) =>
        storageErrorOf(core.ctx, new Database.SqliteError('from SQLite', code))?.code ?? 'not storage';
      expect(
        Object.fromEntries(
          [
            'SQLITE_FULL',
            'SQLITE_READONLY',
            'SQLITE_READONLY_DIRECTORY',
            'SQLITE_CANTOPEN',
            'SQLITE_CANTOPEN_ISDIR',
            'SQLITE_IOERR',
            'SQLITE_IOERR_FSYNC',
            'SQLITE_CORRUPT',
            'SQLITE_NOTADB',
            'SQLITE_CONSTRAINT_UNIQUE',
            'SQLITE_BUSY',
          ].map((code) => [code, codeFor(code)]),
        ),
      ).toEqual({
        SQLITE_FULL: 'disk_full',
        SQLITE_READONLY: 'read_only',
        SQLITE_READONLY_DIRECTORY: 'read_only',
        SQLITE_CANTOPEN: 'storage_unavailable',
        SQLITE_CANTOPEN_ISDIR: 'storage_unavailable',
        SQLITE_IOERR: 'storage_error',
        SQLITE_IOERR_FSYNC: 'storage_error',
        SQLITE_CORRUPT: 'database_damaged',
        SQLITE_NOTADB: 'database_damaged',
        SQLITE_CONSTRAINT_UNIQUE: 'not storage',
        SQLITE_BUSY: 'not storage',
      });
      const enospc = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      expect(storageErrorOf(core.ctx, enospc)?.code).toBe('disk_full');
      expect(storageErrorOf(core.ctx, new TypeError('a bug'))).toBeUndefined();
    } finally {
      core.dispose();
    }
  });
});
