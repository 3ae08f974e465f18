#!/usr/bin/env node
// The `regulars` command. Plain JavaScript, so that an old Node reaches the version check below
// instead of failing on TypeScript syntax.

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
// Commander needs 22.12; the .ts sources need type stripping, on by default only from 22.18.
const supported = (major > 22 || (major === 22 && minor >= 12)) && Boolean(process.features.typescript);
const HINT =
  `Regulars needs Node 22.12 or newer with TypeScript support (this is Node ${process.versions.node}); ` +
  'run it through "npx regulars" or "npm run regulars --", which use the project\'s Node 24.';

if (!supported) {
  process.stderr.write(`${HINT}\n`);
  process.exit(1);
}

// Some Node versions announce type stripping as experimental on every run; that says nothing
// to a user of the CLI and would break scripts that expect stderr to hold only errors.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = (warning, ...rest) => {
  const text = typeof warning === 'string' ? warning : warning.message;
  if (/type stripping/i.test(text)) return;
  emitWarning(warning, ...rest);
};

const { mainAsync } = await import('./main.ts');
const { readFileSync } = await import('node:fs');

process.exitCode = await mainAsync(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  // Read only when a command asks (staff set-pin), so other commands never wait on a terminal.
  readStdin: () => readFileSync(0, 'utf8'),
});
