import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc/contract.ts';
import { createCore, type Core } from '../core/core.ts';
import { TEST_ACTOR } from '../core/test-support/test-actor.ts';
import type { InvokeSender } from './sender-check.ts';

// ipcMain is the only part of Electron the router touches; this double keeps the handlers so
// the tests can invoke them the way Electron would.
type Handler = (event: InvokeSender, input: unknown) => unknown;
const handlers = vi.hoisted(() => new Map<string, Handler>());
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { registerIpcRouter } = await import('./router.ts');

const OUR_ID = 7;
const indexFileUrl = 'file:///app/out/renderer/index.html';
const ourPage = `${indexFileUrl}#/customers`;

let dir: string;
let core: Core;
let unregister: () => void;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'regulars-router-'));
  core = createCore(join(dir, 'r.db'), { actor: TEST_ACTOR });
  unregister = registerIpcRouter(core, { webContentsId: () => OUR_ID, appUrl: { indexFileUrl } });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  unregister();
  core.close();
  rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

function sender(
  overrides: Partial<{ id: number; url: string; parent: unknown; gone: boolean }> = {},
): InvokeSender {
  return {
    sender: { id: overrides.id ?? OUR_ID },
    senderFrame: overrides.gone ? null : { url: overrides.url ?? ourPage, parent: overrides.parent ?? null },
  };
}

function invoke(channel: string, event: InvokeSender, input: unknown): unknown {
  const handler = handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, input);
}

const anna = { firstName: 'Anna', lastName: 'Novak' };

it('registers exactly one handler per contract channel, and removes them all', () => {
  expect([...handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  unregister();
  expect(handlers.size).toBe(0);
});

it("forwards our window's calls to the core", () => {
  const created = invoke('customers:create', sender(), anna) as { ok: true; data: { id: string } };
  expect(created).toMatchObject({ ok: true, data: { firstName: 'Anna', lastName: 'Novak' } });
  expect(invoke('customers:get', sender(), { id: created.data.id })).toMatchObject({
    ok: true,
    data: { customer: { id: created.data.id, firstName: 'Anna' } },
  });
});

it("returns the core's validation errors as data", () => {
  expect(invoke('customers:create', sender(), { firstName: '' })).toMatchObject({
    ok: false,
    error: { code: 'invalid_input', field: 'firstName' },
  });
});

describe('refuses, without touching the database,', () => {
  it.each([
    ['a subframe of our window', sender({ parent: { url: ourPage } })],
    ['our window after it navigated to a foreign page', sender({ url: 'https://evil.test/' })],
    ['a file that is not our page', sender({ url: 'file:///tmp/evil.html' })],
    ['another webContents showing our page', sender({ id: OUR_ID + 1 })],
    ['a frame that is already gone', sender({ gone: true })],
  ])('%s', (_name, event) => {
    expect(invoke('customers:create', event, anna)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: expect.any(String) as string },
    });
    expect(core.call('customers:list', {})).toMatchObject({ ok: true, data: { total: 0 } });
  });

  it('everyone while the window is closed', () => {
    unregister();
    unregister = registerIpcRouter(core, { webContentsId: () => undefined, appUrl: { indexFileUrl } });
    expect(invoke('customers:list', sender(), {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
