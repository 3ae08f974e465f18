import { afterEach, expect, it } from 'vitest';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';

let core: TempCore | undefined;
afterEach(() => core?.dispose());

it('shows the database file in the file manager where the host can, and says so where it cannot', () => {
  const shown: string[] = [];
  core = makeTempCore({ host: { showInFolder: (path) => shown.push(path) } });
  expect(core.call('app:showDataFolder', {})).toEqual({ ok: true, data: { shown: true } });
  expect(shown).toEqual([core.dbPath]);
  core.dispose();

  // The browser mode has no file manager to drive: the About section points at the path instead.
  core = makeTempCore();
  expect(core.call('app:showDataFolder', {})).toEqual({ ok: true, data: { shown: false } });
});
