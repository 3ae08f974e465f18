import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../core/core.ts';
import { TEST_ACTOR } from '../core/test-support/test-actor.ts';
import { forwardCoreEvents } from './forward-events.ts';

let dir: string;
let core: Core;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'regulars-events-'));
  core = createCore(join(dir, 'r.db'), { actor: TEST_ACTOR });
});

afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

it('tells the window which customers a write changed', () => {
  const contents = { send: vi.fn(), isDestroyed: () => false };
  forwardCoreEvents(core, () => contents);
  const created = core.call('customers:create', { firstName: 'Anna' });
  if (!created.ok) throw new Error(created.error.message);
  const { id } = created.data as { id: string };
  expect(contents.send).toHaveBeenCalledWith('customers:changed', { ids: [id] });
});

it('sends nothing once unsubscribed, or to a destroyed or missing window', () => {
  const destroyed = { send: vi.fn(), isDestroyed: () => true };
  const gone = vi.fn(() => undefined);
  forwardCoreEvents(core, () => destroyed);
  forwardCoreEvents(core, gone);
  const live = { send: vi.fn(), isDestroyed: () => false };
  forwardCoreEvents(core, () => live)();
  expect(core.call('customers:create', { firstName: 'Anna' })).toMatchObject({ ok: true });
  expect(gone).toHaveBeenCalled();
  expect(destroyed.send).not.toHaveBeenCalled();
  expect(live.send).not.toHaveBeenCalled();
});
