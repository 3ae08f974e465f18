import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTempDir, runBinary, runInProcess, snapshot } from '../test-helpers.ts';

// `regulars demo create | remove`, run as the real binary.

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
const run = (...args: string[]) => runBinary(args, temp.dir, { REGULARS_DB: dbPath });

beforeAll(() => {
  temp = makeTempDir();
  dbPath = join(temp.dir, 'shop.db');
  expect(runInProcess(['init'], { REGULARS_DB: dbPath }).status).toBe(0);
});
afterAll(() => temp.dispose());

it('loads the demo café into an empty database, refuses a second time, and removes it', () => {
  expect(run('demo', 'create')).toEqual({
    status: 0,
    stdout: 'Loaded the demo café: 300 made-up customers.\n',
    stderr: '',
  });
  const loaded = snapshot(dbPath);
  const again = run('demo', 'create');
  expect(again.status).not.toBe(0);
  expect(again.stderr).toMatch(/only fills an empty Regulars; this one has 300 customers/);
  expect(snapshot(dbPath)).toEqual(loaded);
  expect(run('demo', 'remove')).toEqual({
    status: 0,
    stdout: 'Removed 300 made-up customers of the demo café.\n',
    stderr: '',
  });
});
