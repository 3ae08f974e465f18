// The crash test's child: a real core writing as fast as it can until it is killed. Each write is
// a multi-row transaction; its id is printed with a synchronous write only after the commit
// returned, so every line the parent reads is a write SQLite acknowledged.
import { writeSync } from 'node:fs';
import { createCore } from '../core.ts';
import { TEST_ACTOR } from './test-actor.ts';

const [dbPath = '', tag = 'x'] = process.argv.slice(2);
const say = (line: string) => writeSync(1, `${line}\n`);
const core = createCore(dbPath, { log: () => {}, actor: TEST_ACTOR });

function data<T>(result: ReturnType<typeof core.call>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.data as T;
}

say('ready');
const recent: string[] = [];
for (let i = 0; ; i++) {
  // Customer, three tags, two consents, the search index and the live counter: one transaction.
  const customer = data<{ id: string }>(
    core.call('customers:create', {
      firstName: `Storm ${tag}-${i}`,
      tags: ['storm', `shade-${i % 7}`, `run-${tag}`],
      consents: [
        { channel: 'email', granted: true, source: 'crash test' },
        { channel: 'sms', granted: false, source: 'crash test' },
      ],
    }),
  );
  say(`C ${customer.id}`);
  // The interaction and the visit facts it updates on the customer: one transaction.
  const interaction = data<{ id: string }>(
    core.call('interactions:log', { customerId: customer.id, kind: 'purchase', amountMinor: 100 + i }),
  );
  say(`I ${interaction.id}`);
  recent.push(customer.id);
  if (recent.length === 5) {
    // One tag on five customers: all five or none.
    const group = `group-${tag}-${i}`;
    say(`P ${group} ${recent.join(' ')}`);
    data(core.call('customers:bulkTag', { ids: recent, tag: group, action: 'add' }));
    say(`T ${group}`);
    recent.length = 0;
  }
}
