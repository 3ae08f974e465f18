import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronRuntimePath, tryInstallElectron } from './electron-runtime.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'regulars-electron-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('finding Electron without downloading it', () => {
  it('needs both path.txt and the executable it names', () => {
    expect(electronRuntimePath(dir)).toBeNull();
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(electronRuntimePath(dir)).toBeNull();
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    expect(electronRuntimePath(dir)).toBe(join(dir, 'dist', 'electron'));
  });

  it("reports the installer's outcome and gives up on one that hangs", () => {
    writeFileSync(join(dir, 'install.js'), 'process.exit(0);');
    expect(tryInstallElectron(dir, process.execPath)).toBe(true);
    writeFileSync(join(dir, 'install.js'), 'process.exit(1);');
    expect(tryInstallElectron(dir, process.execPath)).toBe(false);
    writeFileSync(join(dir, 'install.js'), 'setInterval(() => {}, 1000);');
    const started = performance.now();
    expect(tryInstallElectron(dir, process.execPath, 500)).toBe(false);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
