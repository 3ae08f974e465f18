// `npm start`: opens Regulars, as a desktop app when Electron's runtime is here, else in the browser.
// The launcher is TypeScript; a Node that cannot strip types hands it to the project's own Node.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const launcher = fileURLToPath(new URL('./launch.ts', import.meta.url));

if (process.features.typescript) {
  await import(launcher);
} else {
  const projectNode = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
  if (!existsSync(projectNode)) {
    console.error(`Regulars needs Node 22.18 or newer (this is ${process.version}); run npm install first.`);
    process.exit(1);
  }
  const child = spawn(projectNode, [launcher], { stdio: 'inherit' });
  // The launcher forwards these to the app, which closes the database before it exits.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 1));
}
