import type { z } from 'zod';
import {
  customerInputSchema,
  type Customer,
  type CustomerFields,
  type CustomerInput,
  type CustomerSummary,
} from '../../../shared/domain/customer.ts';
import type { Interaction, InteractionInput } from '../../../shared/domain/interaction.ts';
import { foldText, phoneDigits } from '../../../shared/domain/text.ts';
import {
  contract,
  type Bridge,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type ChannelParsedInput,
  type EventName,
  type EventPayload,
} from '../../../shared/ipc/contract.ts';
import type { AppErrorData, Result } from '../../../shared/ipc/result.ts';

type Handlers = { [C in Channel]: (input: ChannelParsedInput<C>) => ChannelOutput<C> };

/** An answer the core would give as an error; thrown inside a handler, returned as a failed Result. */
class FakeAppError extends Error {
  readonly data: AppErrorData;

  constructor(data: AppErrorData) {
    super(data.message);
    this.data = data;
  }
}

// Inputs the contract refuses are a bug in the UI, not a user's typo: setup.ts fails the test on them.
const contractViolations: string[] = [];

export function takeContractViolations(): string[] {
  return contractViolations.splice(0);
}

export interface FakeBridge extends Bridge {
  readonly customers: Customer[];
  readonly interactions: Interaction[];
  readonly calls: { channel: Channel; input: unknown }[];
  addCustomer(input: CustomerInput): Customer;
  addInteraction(input: InteractionInput): Interaction;
  /** The next call on this channel answers with this error instead of running. */
  failNext(channel: Channel, error: AppErrorData): void;
}

const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  return { field, message: `${field ? `${field}: ` : ''}${issue?.message ?? 'invalid'}` };
};

/** An in-memory core behind the real contract: inputs are parsed by the channel's own zod schema. */
export function createFakeBridge(): FakeBridge {
  const customers: Customer[] = [];
  const interactions: Interaction[] = [];
  const calls: FakeBridge['calls'] = [];
  const failures = new Map<Channel, AppErrorData>();
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let clock = Date.UTC(2025, 4, 17, 10, 0);
  let sequence = 0;
  const now = () => (clock += 1000);
  const newId = () => `c${String(++sequence).padStart(4, '0')}`;

  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    // Main's events arrive after the call's answer, like over IPC or SSE.
    setTimeout(() => {
      for (const listener of listeners.get(event) ?? [])
        (listener as (payload: EventPayload<E>) => void)(payload);
    }, 0);
  };

  const find = (id: string) => {
    const customer = customers.find((each) => each.id === id);
    if (!customer) throw new FakeAppError({ code: 'not_found', message: `No customer with id ${id}.` });
    return customer;
  };

  const assertCodeFree = (code: string, ownerId?: string) => {
    const holder = customers.find((each) => code !== '' && each.code === code);
    if (holder && holder.id !== ownerId) {
      throw new FakeAppError({
        code: 'conflict',
        message: `The customer code ${code} is already used by another customer.`,
        field: 'code',
      });
    }
  };

  const toRecord = (id: string, fields: CustomerFields, createdAt: number, previous?: Customer): Customer => {
    const time = now();
    return {
      id,
      ...fields,
      phoneDigits: phoneDigits(fields.phone),
      consents: fields.consents.map((consent) => {
        const before = previous?.consents.find((each) => each.channel === consent.channel);
        const unchanged = before?.granted === consent.granted && before.source === consent.source;
        return unchanged && before ? before : { ...consent, recordedAt: time };
      }),
      createdAt,
      updatedAt: time,
    };
  };

  const summary = (customer: Customer): CustomerSummary => {
    const visits = interactions
      .filter(
        (each) => each.customerId === customer.id && (each.kind === 'visit' || each.kind === 'purchase'),
      )
      .map((each) => each.occurredAt);
    return {
      id: customer.id,
      firstName: customer.firstName,
      lastName: customer.lastName,
      phone: customer.phone,
      email: customer.email,
      code: customer.code,
      lastVisitAt: visits.length > 0 ? Math.max(...visits) : null,
    };
  };

  const sorted = () =>
    [...customers].sort((a, b) =>
      foldText(`${a.lastName} ${a.firstName}`).localeCompare(foldText(`${b.lastName} ${b.firstName}`)),
    );

  const handlers: Handlers = {
    'app:info': () => ({
      version: '0.1.0-test',
      databasePath: '/tmp/regulars-test.db',
      sqliteVersion: '3.51.3',
    }),
    'customers:list': ({ limit, offset }) => ({
      items: sorted()
        .slice(offset, offset + limit)
        .map(summary),
      total: customers.length,
    }),
    'customers:search': ({ query, limit }) => {
      const folded = foldText(query);
      const digits = phoneDigits(query);
      return sorted()
        .filter(
          (each) =>
            foldText(`${each.firstName} ${each.lastName} ${each.email} ${each.code}`).includes(folded) ||
            (digits.length > 0 && each.phoneDigits.includes(digits)),
        )
        .slice(0, limit)
        .map(summary);
    },
    'customers:get': ({ id }) => ({
      customer: find(id),
      interactions: interactions
        .filter((each) => each.customerId === id)
        .sort((a, b) => b.occurredAt - a.occurredAt),
    }),
    'customers:create': (fields) => {
      assertCodeFree(fields.code);
      const id = newId();
      const customer = toRecord(id, fields, now());
      customers.push(customer);
      emit('customers:changed', { ids: [id] });
      return customer;
    },
    'customers:update': ({ id, fields }) => {
      const previous = find(id);
      assertCodeFree(fields.code, id);
      const customer = toRecord(id, fields, previous.createdAt, previous);
      customers.splice(customers.indexOf(previous), 1, customer);
      emit('customers:changed', { ids: [id] });
      return customer;
    },
    'interactions:log': (fields) => {
      find(fields.customerId);
      const createdAt = now();
      const interaction: Interaction = {
        id: `i${String(++sequence).padStart(4, '0')}`,
        customerId: fields.customerId,
        occurredAt: fields.occurredAt ?? createdAt,
        kind: fields.kind,
        channel: fields.channel,
        amountMinor: fields.amountMinor,
        note: fields.note,
        staffId: fields.staffId,
        csat: fields.csat,
        nps: fields.nps,
        ces: fields.ces,
        createdAt,
      };
      interactions.push(interaction);
      emit('interactions:changed', { customerIds: [fields.customerId] });
      return interaction;
    },
  };

  function run<C extends Channel>(channel: C, input: unknown, fromUi = true): Result<ChannelOutput<C>> {
    if (fromUi) calls.push({ channel, input });
    const parsed = contract[channel].input.safeParse(input);
    if (!parsed.success) {
      const { field, message } = firstIssue(parsed.error);
      contractViolations.push(`${channel} was called with an input the contract refuses: ${message}`);
      return { ok: false, error: { code: 'invalid_input', message, field } };
    }
    const failure = failures.get(channel);
    if (failure) {
      failures.delete(channel);
      return { ok: false, error: failure };
    }
    try {
      const handler = handlers[channel] as (input: unknown) => ChannelOutput<C>;
      const output = handler(parsed.data);
      // A fake that answers what the real core cannot would make tests pass for the wrong reason.
      contract[channel].output.parse(output);
      return { ok: true, data: output };
    } catch (error) {
      if (error instanceof FakeAppError) return { ok: false, error: error.data };
      throw error;
    }
  }

  return {
    customers,
    interactions,
    calls,
    async invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
      await Promise.resolve();
      // Copied, so the UI cannot change what it sent after the fact, as with a real transport.
      return run(channel, structuredClone(input));
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => void set.delete(listener);
    },
    addCustomer(input) {
      const result = run('customers:create', customerInputSchema.parse(input), false);
      if (!result.ok) throw new Error(result.error.message);
      return result.data;
    },
    addInteraction(input) {
      const result = run('interactions:log', input, false);
      if (!result.ok) throw new Error(result.error.message);
      return result.data;
    },
    failNext(channel, error) {
      failures.set(channel, error);
    },
  };
}
