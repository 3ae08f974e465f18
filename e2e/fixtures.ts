import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppServer, type AppServer } from './app-server.ts';

/** The owner every test starts signed in as, unless it asks for a first run (`ownerSignedIn: false`). */
export const OWNER = { name: 'Test Owner', pin: '2468' } as const;

interface AppFixtures {
  /** false: the app starts as on first run, with no owner yet and nobody signed in. */
  ownerSignedIn: boolean;
  /** A data folder of the test's own: a fresh database every time. */
  dataDir: string;
  appServer: AppServer;
  /** The link serve.ts printed, token included. */
  appUrl: string;
}

export const test = base.extend<AppFixtures>({
  ownerSignedIn: [true, { option: true }],
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
  appServer: async ({ dataDir, ownerSignedIn }, use) => {
    const server = await startAppServer(join(dataDir, 'regulars.db'));
    try {
      // The first-run screen, answered through the real channel as a person would: the server run
      // then has its owner signed in, and specs written before sign-in existed work unchanged.
      if (ownerSignedIn) {
        const setup = (await server.invoke('auth:setupOwner', {
          owner: { displayName: OWNER.name },
          secret: OWNER.pin,
        })) as { ok: boolean };
        if (!setup.ok) throw new Error(`the owner was not set up: ${JSON.stringify(setup)}`);
      }
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
