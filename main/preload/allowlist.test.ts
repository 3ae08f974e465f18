import { expect, it } from 'vitest';
import { CHANNEL_NAMES, EVENT_NAMES } from '../../shared/ipc/contract.ts';
import { ALLOWED_CHANNELS, ALLOWED_EVENTS, isAllowedChannel, isAllowedEvent } from './allowlist.ts';

// The preload keeps its own copy of the names (see allowlist.ts); these keep it from drifting.
it('allows exactly the contract channels', () => {
  expect([...ALLOWED_CHANNELS]).toEqual(CHANNEL_NAMES);
});

it('allows exactly the contract events', () => {
  expect([...ALLOWED_EVENTS]).toEqual(EVENT_NAMES);
});

it.each(['customers:drop', 'CUSTOMERS:LIST', '__proto__', 'toString', '', 42, null, undefined, {}])(
  'does not allow %s',
  (name) => {
    expect(isAllowedChannel(name)).toBe(false);
    expect(isAllowedEvent(name)).toBe(false);
  },
);
