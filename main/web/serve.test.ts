import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { READY_LINE_PREFIX } from './ready-line.ts';

const serveEntry = join(import.meta.dirname, 'serve.ts');
let dir = '';

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('node main/web/serve.ts', () => {
  it('announces its URL, answers with the token, and closes the database on SIGTERM', async () => {
    dir = mkdtempSync(join(tmpdir(), 'regulars-serve-'));
    mkdirSync(join(dir, 'static'));
    writeFileSync(join(dir, 'static', 'index.html'), '<!doctype html>');
    const db = join(dir, 'data', 'regulars.db');
    const child = spawn(process.execPath, [serveEntry, '--db', db, '--static', join(dir, 'static')], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const lines: string[] = [];
      let url = '';
      for await (const line of createInterface({ input: child.stdout })) {
        lines.push(line);
        if (line.startsWith(READY_LINE_PREFIX)) {
          url = line.slice(READY_LINE_PREFIX.length);
          break;
        }
      }
      expect(lines[0]).toBe(`Regulars is running at ${url}`);
      const { origin, hash } = new URL(url);
      const token = new URLSearchParams(hash.slice(1)).get('token') ?? '';
      const res = await fetch(`${origin}/api/invoke/app:info`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: '{}',
      });
      expect(await res.json()).toMatchObject({ ok: true, data: { databasePath: db } });
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      // A cleanly closed WAL database leaves no -wal file behind.
      expect(existsSync(`${db}-wal`)).toBe(false);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('says what to do when the renderer has not been built', async () => {
    dir = mkdtempSync(join(tmpdir(), 'regulars-serve-'));
    const child = spawn(
      process.execPath,
      [serveEntry, '--db', join(dir, 'r.db'), '--static', join(dir, 'none')],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('electron-vite build');
  });
});
