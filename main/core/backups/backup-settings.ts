import type { Db } from '../db/open.ts';
import { readSetting } from '../repos/settings-repo.ts';

/** Where a second copy of every backup goes ('' for none): a USB stick or a synced folder. */
export const SECOND_COPY_FOLDER_KEY = 'backup.secondCopyFolder';

export function readSecondCopyFolder(db: Db): string {
  const value = readSetting(db, SECOND_COPY_FOLDER_KEY);
  return typeof value === 'string' ? value : '';
}
