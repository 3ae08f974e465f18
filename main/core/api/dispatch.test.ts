import { afterEach, beforeEach, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../shared/ipc/contract.ts';
import { makeTempCore, tableCounts, type TempCore } from '../test-support/temp-core.ts';
import { dispatch } from './dispatch.ts';
import { handlers } from './handlers.ts';

let core: TempCore;
let logged: string[];
beforeEach(() => {
  core = makeTempCore();
  logged = [];
});
afterEach(() => core.dispose());

const call = (channel: unknown, input: unknown) => dispatch(core.ctx, channel, input, (m) => logged.push(m));

it('has a handler for every channel of the contract and nothing else', () => {
  expect(Object.keys(handlers).sort()).toEqual([...CHANNEL_NAMES].sort());
});

it('answers unknown channels, including prototype names, with an error and no call', () => {
  for (const channel of ['nope', '__proto__', 'constructor', 'toString', 42, null]) {
    expect(call(channel, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  }
});

it('names the field and the reason when the input is invalid', () => {
  expect(call('customers:create', { firstName: 'Ann', email: 'ann@' })).toEqual({
    ok: false,
    error: { code: 'invalid_input', field: 'email', message: 'email: must look like name@example.com' },
  });
  expect(call('customers:list', { limit: 0 })).toMatchObject({ ok: false, error: { field: 'limit' } });
  expect(call('customers:get', 'not an object')).toMatchObject({
    ok: false,
    error: { code: 'invalid_input' },
  });
});

it('hides internal failures behind a plain message, logs them, and changes nothing', () => {
  const before = tableCounts(core);
  core.ctx.db.exec('DROP TRIGGER customers_search_insert');
  core.ctx.db.exec(
    "CREATE TRIGGER boom BEFORE INSERT ON customers BEGIN SELECT RAISE(ABORT, 'disk on fire'); END",
  );
  const result = call('customers:create', { firstName: 'Ann' });
  expect(result).toEqual({
    ok: false,
    error: { code: 'internal', message: 'Something went wrong inside Regulars; nothing was changed.' },
  });
  expect(logged.join('\n')).toMatch(/customers:create failed: .*disk on fire/);
  expect(tableCounts(core)).toEqual(before);
});
