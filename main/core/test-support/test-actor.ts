import type { HostActor } from '../context.ts';

/**
 * Tests act as a host with the owner's rights, the way the CLI does, so suites written before
 * sign-in existed keep working. Test code only: the desktop app and the browser mode never pass
 * an actor, and no channel can set one.
 */
export const TEST_ACTOR: HostActor = { kind: 'host', label: 'Test (owner rights)' };
