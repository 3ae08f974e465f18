// What `npm start` does (scripts/start.mjs hands over to this file).
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { resolveDatabasePath } from '../main/cli/default-db-path.ts';
import { projectNode, runInForeground, runQuietly } from './child-processes.ts';
import { electronRuntimePath, tryInstallElectron } from './electron-runtime.ts';

const BROWSER_FALLBACK_SENTENCE =
  "Electron's runtime could not be downloaded here, so Regulars opens in your browser instead: use the link below.";

const root = resolve(import.meta.dirname, '..');
const electronDir = join(root, 'node_modules', 'electron');
const node = projectNode(root);

if (electronRuntimePath(electronDir) === null) tryInstallElectron(electronDir, node);
const desktop = electronRuntimePath(electronDir) !== null;
if (!desktop) console.log(BROWSER_FALLBACK_SENTENCE);

if (
  !runQuietly(node, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], root)
) {
  console.error('Building Regulars failed (see above).');
  process.exit(1);
}

process.exitCode = desktop
  ? await runInForeground(node, [join(electronDir, 'cli.js'), '.'], root)
  : await runInForeground(
      node,
      [
        join(root, 'main', 'web', 'serve.ts'),
        '--db',
        // The desktop app's own file, so browser mode shows the same customers.
        resolveDatabasePath(undefined, process.platform, process.env, homedir()),
      ],
      root,
    );
