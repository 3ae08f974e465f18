import type { Command } from 'commander';
import { invocationOf, type CliContext } from '../run-context.ts';
import { request, withCore } from '../session.ts';

// `regulars demo create | remove`: the generated café that shows every screen with true data.

export function registerDemoCommands(program: Command, context: CliContext): void {
  const demo = program.command('demo').description('load or remove the demo café (made-up customers)');

  demo
    .command('create')
    .description('fill an empty database with the demo café: two years of made-up history')
    .action((_options: unknown, command: Command) => {
      const { path, out, json } = invocationOf(command, context);
      const status = withCore(path, context.io, json, (core) => request(core, 'demo:create', {}));
      out.result(status, () => `Loaded the demo café: ${status.customers} made-up customers.`);
    });

  demo
    .command('remove')
    .description("remove the demo café's customers and their history (customers you added stay)")
    .action((_options: unknown, command: Command) => {
      const { path, out, json } = invocationOf(command, context);
      const status = withCore(path, context.io, json, (core) => request(core, 'demo:remove', {}));
      out.result(status, () => `Removed ${status.removed} made-up customers of the demo café.`);
    });
}
