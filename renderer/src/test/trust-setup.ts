// Test support for sign-in tests: people with PINs in a real core, set up through real channels.
import type { TestBridge } from './test-bridge.ts';

async function ok<T>(bridge: TestBridge, channel: string, input: unknown): Promise<T> {
  const result = await bridge.core.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data as T;
}

/** First run as the owner would do it, then Sam with a PIN; leaves the owner signed in. */
export async function shopWithPins(bridge: TestBridge): Promise<{ ownerId: string; samId: string }> {
  const status = await ok<{ actor: { staffId: string } }>(bridge, 'auth:setupOwner', {
    owner: { displayName: 'Olive Owner' },
    secret: '2468',
  });
  // A test's clock runs a second per reading: no auto-lock in the middle of one.
  await ok(bridge, 'auth:setIdleLock', { minutes: 0 });
  const sam = await ok<{ id: string }>(bridge, 'staff:create', { displayName: 'Sam Okafor', color: 'grape' });
  await ok(bridge, 'auth:setSecret', { staffId: sam.id, secret: '1357' });
  return { ownerId: status.actor.staffId, samId: sam.id };
}

export function signInAs(bridge: TestBridge, staffId: string, secret: string): Promise<unknown> {
  return ok(bridge, 'auth:signIn', { staffId, secret });
}
