import Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export type CheckPragma = 'quick_check' | 'integrity_check';

export interface FileCheck {
  ok: boolean;
  /** SQLite's own lines ("Tree 5 page 12: …"), or why the file could not be read at all. */
  problems: string[];
  /** SQLite's error code when the file could not be opened or read (SQLITE_NOTADB, …). */
  code?: string;
}

function toCheck(lines: readonly string[]): FileCheck {
  const problems = lines.filter((line) => line !== 'ok');
  return { ok: problems.length === 0 && lines.length > 0, problems };
}

function failed(error: unknown): FileCheck {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
  return code === undefined ? { ok: false, problems: [message] } : { ok: false, problems: [message], code };
}

/**
 * Runs quick_check or integrity_check on a read-only connection of its own: it never writes to
 * the file, whatever state the file is in. Blocks; see checkFileOffThread for long checks.
 */
export function checkFileNow(path: string, pragma: CheckPragma): FileCheck {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const rows = db.pragma(pragma) as Record<string, unknown>[];
    return toCheck(rows.map((row) => String(Object.values(row)[0])));
  } catch (error) {
    return failed(error);
  } finally {
    db?.close();
  }
}

// Plain CommonJS run with `eval`, so it needs no file of its own in the Electron bundle. The driver
// is required by its resolved path, which works wherever the main process found it.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.path, { readonly: true, fileMustExist: true });
  const rows = db.pragma(workerData.pragma);
  parentPort.postMessage({ lines: rows.map((row) => String(Object.values(row)[0])) });
} catch (error) {
  parentPort.postMessage({ error: String((error && error.message) || error), code: error && error.code });
} finally {
  if (db) db.close();
}
`;

let driverPath: string | undefined;

interface WorkerAnswer {
  lines?: string[];
  error?: string;
  code?: string;
}

/**
 * The same check in a worker thread: integrity_check reads every page (seconds for a 300 MB
 * database), and the main process must keep answering the counter meanwhile.
 */
export function checkFileOffThread(path: string, pragma: CheckPragma): Promise<FileCheck> {
  driverPath ??= createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve) => {
    let answered = false;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver: driverPath, path, pragma },
    });
    worker.once('message', (answer: WorkerAnswer) => {
      answered = true;
      if (answer.lines) resolve(toCheck(answer.lines));
      else
        resolve(failed(Object.assign(new Error(answer.error ?? 'the check failed'), { code: answer.code })));
    });
    worker.once('error', (error) => {
      answered = true;
      resolve(failed(error));
    });
    worker.once('exit', (code) => {
      if (!answered) resolve({ ok: false, problems: [`the check stopped early (exit code ${code})`] });
    });
  });
}
