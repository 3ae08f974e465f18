import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppServer, type AppServer } from './app-server.ts';

interface AppFixtures {
  /** A data folder of the test's own: a fresh database every time. */
  dataDir: string;
  appServer: AppServer;
  /** The link serve.ts printed, token included. */
  appUrl: string;
}

export const test = base.extend<AppFixtures>({
  // Playwright reads a fixture's dependencies from its destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'regulars-e2e-'));
    try {
      await use(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  appServer: async ({ dataDir }, use) => {
    const server = await startAppServer(join(dataDir, 'regulars.db'));
    try {
      await use(server);
    } finally {
      await server.stop();
    }
  },
  appUrl: async ({ appServer }, use) => {
    await use(appServer.url);
  },
  // The app is offline-first: a request that leaves the loopback server is blocked and fails the test.
  context: async ({ context, appServer }, use) => {
    const leaks: string[] = [];
    await context.route(
      (url) => url.origin !== appServer.origin,
      (route) => {
        leaks.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );
    await use(context);
    expect(leaks, 'requests that left the loopback server').toEqual([]);
  },
});

export { expect };
