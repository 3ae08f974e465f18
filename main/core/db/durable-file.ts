import { closeSync, copyFileSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { copyFile, open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';

// A file only takes its final name once its bytes are on the disk, and the rename itself is made
// durable by syncing the folder: after a power cut the name points at the whole file or at nothing.

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename or a new name in `dir` durable. Windows cannot open a folder; NTFS journals names. */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Syncs `temp`, renames it over `final` (atomic on one file system) and syncs the folder. */
export function publishFile(temp: string, final: string): void {
  fsyncFile(temp);
  renameSync(temp, final);
  fsyncDir(dirname(final));
}

/** fsync on the thread pool: flushing hundreds of megabytes must not stall the main thread. */
export async function fsyncFileAsync(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** publishFile for background work: the long fsync off the main thread, then the same rename. */
export async function publishFileAsync(temp: string, final: string): Promise<void> {
  await fsyncFileAsync(temp);
  await rename(temp, final);
  fsyncDir(dirname(final));
}

/** Copies `source` to `temp` and syncs it; the caller checks it before publishing it. */
export async function copyToTemp(source: string, temp: string): Promise<void> {
  rmSync(temp, { force: true });
  try {
    await copyFile(source, temp);
    await fsyncFileAsync(temp);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Copies a file durably under its final name, going through a temp name beside it. */
export function copyFileDurably(source: string, final: string): void {
  const temp = `${final}.partial`;
  rmSync(temp, { force: true });
  try {
    copyFileSync(source, temp);
    publishFile(temp, final);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
