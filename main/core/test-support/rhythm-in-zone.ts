// Test support, run as a child process under another TZ: logs visits at the given instants on a
// fresh real core and prints the customer's rhythm and Today's row as JSON.
import { makeTempCore } from './temp-core.ts';

const [todayIso = '', ...instants] = process.argv.slice(2);
const core = makeTempCore({ now: () => Date.parse(todayIso) });
try {
  const call = (channel: string, input: unknown) => {
    const result = core.call(channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.data as Record<string, unknown>;
  };
  const customer = call('customers:create', { firstName: 'Zoe' });
  for (const instant of instants) {
    call('interactions:log', { customerId: customer.id, kind: 'visit', occurredAt: Date.parse(instant) });
  }
  const outlook = call('reminders:customer', { customerId: customer.id });
  process.stdout.write(JSON.stringify({ rhythm: outlook.rhythm, asOf: outlook.asOf }));
} finally {
  core.dispose();
}
