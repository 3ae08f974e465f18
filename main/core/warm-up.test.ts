import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCustomer } from './services/customers.ts';
import { makeTempCore, tableCounts, type TempCore } from './test-support/temp-core.ts';
import { warmUp } from './warm-up.ts';

let core: TempCore;
beforeEach(() => {
  core = makeTempCore();
  createCustomer(core.ctx, { firstName: 'Ann', lastName: 'Warmer', phone: '+1 202 555 4567' });
  core.events.length = 0;
});
afterEach(() => core.dispose());

it('only reads: no row and no event comes of it', () => {
  const before = tableCounts(core);
  const logged: string[] = [];
  const quiet = {
    ...core,
    call: (channel: unknown, input: unknown) => {
      const result = core.call(channel, input);
      if (!result.ok) logged.push(result.error.message);
      return result;
    },
  };
  warmUp(quiet);
  expect(logged).toEqual([]);
  expect(tableCounts(core)).toEqual(before);
  expect(core.events).toEqual([]);
});
