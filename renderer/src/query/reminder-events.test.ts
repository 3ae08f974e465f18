import { QueryClient } from '@tanstack/react-query';
import { afterEach, expect, it } from 'vitest';
import type { Bridge, EventName } from '../../../shared/ipc/contract.ts';
import { watchReminderEvents } from './reminder-events.ts';

// Which cached answers each reminders event makes stale: a list worked out again in the
// background refreshes Today alone, a wide change refreshes everything that reads reminders.

const listeners = new Map<EventName, (payload: unknown) => void>();
const bridge: Bridge = {
  invoke: () => Promise.reject(new Error('no calls in this test')),
  on: (event, listener) => {
    listeners.set(event, listener as (payload: unknown) => void);
    return () => listeners.delete(event);
  },
};
const client = new QueryClient();
const keys: [string, ...unknown[]][] = [
  ['reminders:today', { limit: 50 }],
  ['reminders:customer', 'c1'],
  ['reminders:settings'],
  ['insights:figures', { preset: 'last30' }],
];

function staleAfter(event: EventName, payload: unknown): string[] {
  for (const key of keys) client.setQueryData(key, { cached: true });
  listeners.get(event)?.(payload);
  return keys.filter((key) => client.getQueryState(key)?.isInvalidated).map(([name]) => name);
}

const stop = watchReminderEvents(bridge, client);
afterEach(() => client.clear());

it('refreshes only Today when the list worked out in the background is in', () => {
  expect(staleAfter('reminders:ready', {})).toEqual(['reminders:today']);
});

it('refreshes Today, outlooks, settings and insights after a wide change', () => {
  expect(staleAfter('reminders:changed', { customerIds: null })).toEqual([
    'reminders:today',
    'reminders:customer',
    'reminders:settings',
    'insights:figures',
  ]);
});

it('stops listening', () => {
  stop();
  expect(listeners.size).toBe(0);
});
