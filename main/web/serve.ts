// Serves Regulars to a browser over loopback: `node main/web/serve.ts --db PATH [--port N] [--static DIR]`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openCoreChecked } from '../core/backups/open-checked.ts';
import { startBackupSchedule } from '../core/backups/schedule.ts';
import type { Core } from '../core/core.ts';
import { warmUp } from '../core/warm-up.ts';
import { startPredictionRefresher } from '../core/services/prediction-refresher.ts';
import { READY_LINE_PREFIX } from './ready-line.ts';
import { parseServeOptions } from './serve-options.ts';
import { startWebServer } from './server.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let options: ReturnType<typeof parseServeOptions>;
try {
  options = parseServeOptions(process.argv.slice(2));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (!existsSync(join(options.staticDir, 'index.html'))) {
  fail(`No built renderer in ${options.staticDir}: run node_modules/.bin/electron-vite build first.`);
}

let core: Core;
try {
  // quick_check first: a damaged file is left alone and the page offers the latest good backup.
  core = await openCoreChecked(options.db);
} catch (error) {
  fail(`Regulars could not open ${options.db}: ${error instanceof Error ? error.message : String(error)}`);
}

warmUp(core);
// A restore reopens the database inside the same core; the search paths are warmed again.
core.subscribe((event) => {
  if (event === 'backups:restored') warmUp(core);
});
const stopBackups = startBackupSchedule(core);
const refresher = startPredictionRefresher(core);
const server = await startWebServer({ core, staticDir: options.staticDir, port: options.port });
console.log(`Regulars is running at ${server.url}`);
console.log(`${READY_LINE_PREFIX}${server.url}`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  stopBackups();
  refresher.stop();
  await server.close();
  core.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
