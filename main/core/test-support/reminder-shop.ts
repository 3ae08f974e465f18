import type { CustomerInput } from '../../../shared/domain/customer.ts';
import type { InteractionKind } from '../../../shared/domain/interaction.ts';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract.ts';
import { makeTempCore, type TempCore } from './temp-core.ts';

// A shop for reminder tests: a real core on a temp file with a clock the test moves, and visits
// logged on local calendar dates ("2024-02-29 at 23:59") as people write them.

/** Local wall-clock time, month counted from 1. */
export const at = (year: number, month: number, day: number, hour = 12, minute = 0) =>
  new Date(year, month - 1, day, hour, minute).getTime();

export interface ReminderShop {
  core: TempCore;
  /** Moves the clock to this local date (noon unless told). */
  setToday(year: number, month: number, day: number, hour?: number): void;
  call<C extends Channel>(channel: C, input: ChannelInput<C>): ChannelOutput<C>;
  customer(input: CustomerInput): string;
  log(customerId: string, when: number, kind?: InteractionKind): void;
  /** One visit at noon on each of the given local dates ("2024-03-01"). */
  visits(customerId: string, ...dates: string[]): void;
  dispose(): void;
}

export function makeReminderShop(today: [number, number, number] = [2026, 11, 22]): ReminderShop {
  let now = at(...today);
  const core = makeTempCore({ now: () => now });
  const shop: ReminderShop = {
    core,
    setToday(year, month, day, hour = 12) {
      now = at(year, month, day, hour);
    },
    call(channel, input) {
      const result = core.call(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.data as ChannelOutput<typeof channel>;
    },
    customer: (input) => shop.call('customers:create', input).id,
    log(customerId, when, kind = 'visit') {
      shop.call('interactions:log', { customerId, kind, occurredAt: when });
    },
    visits(customerId, ...dates) {
      for (const date of dates) {
        const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
        shop.log(customerId, at(y, m, d));
      }
    },
    dispose: () => core.dispose(),
  };
  return shop;
}
