import { EventEmitter } from 'node:events';
import type { IpcRenderer } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../shared/ipc/contract.ts';
import { createBridge } from './bridge.ts';

/** An ipcRenderer double: invoke is a spy, events go through a real EventEmitter. */
function fakeIpc() {
  const emitter = new EventEmitter();
  return Object.assign(emitter, {
    invoke: vi.fn((_channel: string, _input: unknown): Promise<unknown> =>
      Promise.resolve({ ok: true, data: 'main' }),
    ),
  });
}

let ipc: ReturnType<typeof fakeIpc>;
let bridge: Bridge;
beforeEach(() => {
  ipc = fakeIpc();
  bridge = createBridge(ipc as unknown as IpcRenderer);
});

// The page is untrusted JavaScript: it can pass anything, whatever the types say.
const untrusted = (value: string) => value as never;

describe('invoke', () => {
  it('passes an allowed channel and its input to main and returns the answer', async () => {
    await expect(bridge.invoke('customers:search', { query: 'nun' })).resolves.toEqual({
      ok: true,
      data: 'main',
    });
    expect(ipc.invoke).toHaveBeenCalledExactlyOnceWith('customers:search', { query: 'nun' });
  });

  it.each(['customers:drop', 'app:quit', '__proto__', 'ELECTRON_BROWSER_WINDOW_CLOSE'])(
    'refuses %s without sending anything',
    async (channel) => {
      await expect(bridge.invoke(untrusted(channel), {} as never)).resolves.toMatchObject({
        ok: false,
        error: { code: 'unknown_channel' },
      });
      expect(ipc.invoke).not.toHaveBeenCalled();
    },
  );

  it('turns a failed invoke into an error result rather than a rejection', async () => {
    ipc.invoke.mockRejectedValueOnce(new Error("No handler registered for 'app:info'"));
    await expect(bridge.invoke('app:info', {})).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: "No handler registered for 'app:info'" },
    });
  });
});

describe('on', () => {
  it('gives the listener the payload only, never the Electron event', () => {
    const listener = vi.fn();
    bridge.on('customers:changed', listener);
    ipc.emit('customers:changed', { sender: ipc, senderId: 0 }, { ids: ['a'] });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ ids: ['a'] });
  });

  it('returns an unsubscribe that removes the listener from ipcRenderer', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.on('interactions:changed', listener);
    expect(ipc.listenerCount('interactions:changed')).toBe(1);
    unsubscribe();
    expect(ipc.listenerCount('interactions:changed')).toBe(0);
    ipc.emit('interactions:changed', {}, { customerIds: ['a'] });
    expect(listener).not.toHaveBeenCalled();
  });

  it('refuses an event outside the contract and listens to nothing', () => {
    expect(() => bridge.on(untrusted('ELECTRON_BROWSER_WINDOW_CLOSE'), vi.fn())).toThrow(/Unknown event/);
    expect(ipc.eventNames()).toEqual([]);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => bridge.on('customers:changed', untrusted('alert(1)'))).toThrow(TypeError);
    expect(ipc.eventNames()).toEqual([]);
  });
});
