// A bridge to a REAL core on a temp SQLite file, in process: UI tests exercise the same
// validation, SQL and events as the app, with nothing reimplemented for the test.
import type { Customer, CustomerInput } from '../../../shared/domain/customer.ts';
import type { Interaction, InteractionInput } from '../../../shared/domain/interaction.ts';
import {
  contract,
  type Bridge,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type EventName,
  type EventPayload,
} from '../../../shared/ipc/contract.ts';
import type { AppErrorData, Result } from '../../../shared/ipc/result.ts';
import { toInteraction, type DbInteraction } from '../../../main/core/repos/interactions-repo.ts';
import { makeTempCore, type TempCore } from '../../../main/core/test-support/temp-core.ts';

export interface TestBridge extends Bridge {
  readonly core: TempCore;
  /** Every live customer, oldest first, read from the database. */
  readonly customers: Customer[];
  /** Every live interaction, oldest first, read from the database. */
  readonly interactions: Interaction[];
  /** What the UI asked for, in order. */
  readonly calls: { channel: Channel; input: unknown }[];
  addCustomer(input: CustomerInput): Customer;
  addInteraction(input: InteractionInput): Interaction;
  /** Delivers an event as the desktop shell would (a menu command), not from the core. */
  sendFromShell<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** The next call on this channel answers with this error instead of running. */
  failNext(channel: Channel, error: AppErrorData): void;
  dispose(): void;
}

// Inputs the contract refuses are a bug in the UI, not a user's typo: setup.ts fails the test on them.
const contractViolations: string[] = [];
const open = new Set<TestBridge>();

export function takeContractViolations(): string[] {
  return contractViolations.splice(0);
}

/** Closes every bridge a test opened (called by setup.ts after each test). */
export function disposeTestBridges(): void {
  for (const bridge of open) bridge.dispose();
}

function unwrap<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.data as T;
}

export interface TestBridgeOptions {
  /**
   * false: nobody signed in, as the app starts (the lock screen, first-run and permission tests).
   * By default the core acts with the owner's rights (TEST_ACTOR), set in test code only.
   */
  signedIn?: boolean;
}

export function createTestBridge({ signedIn = true }: TestBridgeOptions = {}): TestBridge {
  // A fixed clock that moves one second per reading, so dates on screen are stable.
  let clock = Date.UTC(2025, 4, 17, 10, 0);
  const core = makeTempCore({ now: () => (clock += 1000), signedIn });
  const calls: TestBridge['calls'] = [];
  const failures = new Map<Channel, AppErrorData>();
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  core.subscribe((event, payload) => {
    // Main's events arrive after the call's answer, as over IPC or SSE.
    setTimeout(() => {
      for (const listener of listeners.get(event) ?? []) (listener as (p: typeof payload) => void)(payload);
    }, 0);
  });

  const bridge: TestBridge = {
    core,
    calls,
    get customers() {
      return core.ctx.db
        .prepare<[], { id: string }>('SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY seq')
        .all()
        .map(({ id }) => unwrap<{ customer: Customer }>(core.call('customers:get', { id })).customer);
    },
    get interactions() {
      return core.ctx.db
        .prepare<[], DbInteraction>(
          'SELECT * FROM interactions WHERE deleted_at IS NULL ORDER BY created_at, rowid',
        )
        .all()
        .map(toInteraction);
    },
    async invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
      await Promise.resolve();
      calls.push({ channel, input });
      const parsed = contract[channel].input.safeParse(input);
      if (!parsed.success) {
        contractViolations.push(
          `${channel} was called with an input the contract refuses: ${parsed.error.message}`,
        );
      }
      const failure = failures.get(channel);
      if (failure) {
        failures.delete(channel);
        return { ok: false, error: failure };
      }
      // Cloned, as a real transport would: the UI cannot change what it sent after the fact.
      return (await core.invoke(channel, structuredClone(input))) as Result<ChannelOutput<C>>;
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => void set.delete(listener);
    },
    addCustomer: (input) => unwrap(core.call('customers:create', input)),
    addInteraction: (input) => unwrap(core.call('interactions:log', input)),
    sendFromShell(event, payload) {
      for (const listener of listeners.get(event) ?? []) (listener as (p: typeof payload) => void)(payload);
    },
    failNext(channel, error) {
      failures.set(channel, error);
    },
    dispose() {
      open.delete(bridge);
      core.dispose();
    },
  };
  open.add(bridge);
  return bridge;
}
