import { expect, it } from 'vitest';
import { backupFileName, parseBackupFileName } from './backup-names.ts';

it('names a backup by its UTC time and kind, and reads the name back', () => {
  const takenAt = Date.UTC(2026, 10, 22, 14, 3, 12, 45);
  const name = backupFileName('automatic', takenAt);
  expect(name).toBe('regulars-20261122-140312-045Z-automatic.db');
  expect(parseBackupFileName(name)).toEqual({ kind: 'automatic', takenAt });
  expect(parseBackupFileName(backupFileName('before-restore', 0))).toEqual({
    kind: 'before-restore',
    takenAt: 0,
  });
});

it('reads the names openDatabase gives its pre-migration copies', () => {
  expect(parseBackupFileName('regulars-v20-before-migration-1234.db')).toEqual({
    kind: 'before-migration',
    takenAt: 1234,
  });
});

it('ignores every other file, so rotation never touches what it did not write', () => {
  for (const name of [
    'regulars.db',
    'regulars-20261122-140312-045Z-automatic.db.partial',
    'regulars-20261122-140312-045Z-weekly.db',
    'regulars-20261341-140312-045Z-manual.db', // month 13 would roll over to another date
    'regulars-20261122-140312-045Z-manual.db-wal',
    'notes.txt',
  ]) {
    expect(parseBackupFileName(name), name).toBeUndefined();
  }
});
