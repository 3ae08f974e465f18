import { expect, it, vi } from 'vitest';

// The preload's one job: expose a bridge wired to ipcRenderer as window.regulars.
const exposeInMainWorld = vi.hoisted(() => vi.fn());
const ipcRenderer = vi.hoisted(() => ({ invoke: vi.fn(() => Promise.resolve({ ok: true, data: 1 })) }));
vi.mock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer }));

it('exposes the bridge, and only the bridge, as window.regulars', async () => {
  await import('./index.ts');
  expect(exposeInMainWorld).toHaveBeenCalledOnce();
  const [key, api] = exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
  expect(key).toBe('regulars');
  expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
  expect(api).not.toHaveProperty('ipcRenderer');
  await expect(
    (api as { invoke: (c: string, i: unknown) => Promise<unknown> }).invoke('app:info', {}),
  ).resolves.toEqual({
    ok: true,
    data: 1,
  });
  expect(ipcRenderer.invoke).toHaveBeenCalledWith('app:info', {});
});
