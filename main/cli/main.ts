import { Command, CommanderError } from 'commander';
import { homedir } from 'node:os';
import packageJson from '../../package.json' with { type: 'json' };
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './cli-error.ts';
import { defaultDatabasePath } from './default-db-path.ts';
import { registerBackupCommands } from './commands/backup.ts';
import { registerCustomerCommands } from './commands/customers.ts';
import { registerDemoCommands } from './commands/demo.ts';
import { registerExportCommands } from './commands/exports.ts';
import { registerImportCommands } from './commands/imports.ts';
import { registerLogCommand } from './commands/log.ts';
import { registerLoyaltyCommands } from './commands/loyalty.ts';
import { registerMaintenanceCommands } from './commands/maintenance.ts';
import { registerReminderCommands } from './commands/reminders.ts';
import { registerStaffCommands } from './commands/staff.ts';
import { registerSuggestionCommands } from './commands/suggestions.ts';
import { registerTrustCommands } from './commands/trust.ts';
import { registerInsightsCommands } from './commands/insights.ts';
import type { CliIo } from './io.ts';
import { createOutput } from './output.ts';
import type { CliContext } from './run-context.ts';

export type { CliIo } from './io.ts';

/**
 * Runs one `regulars` command line (without the node and script arguments) and returns the
 * exit code. Everything it prints goes through `io`, so tests can run it in-process.
 * Commands that wait for background work (`backup now`, `backup restore`) need mainAsync.
 */
export function main(argv: readonly string[], io: CliIo): number {
  const run = prepare(argv, io);
  try {
    run.program.parse([...argv], { from: 'user' });
    return run.context.exitCode;
  } catch (error) {
    return run.fail(error);
  }
}

/** The same, awaiting commands whose actions are asynchronous: what the `regulars` binary runs. */
export async function mainAsync(argv: readonly string[], io: CliIo): Promise<number> {
  const run = prepare(argv, io);
  try {
    await run.program.parseAsync([...argv], { from: 'user' });
    return run.context.exitCode;
  } catch (error) {
    return run.fail(error);
  }
}

function prepare(argv: readonly string[], io: CliIo) {
  const context: CliContext = { io, exitCode: EXIT_OK };
  // Known before parsing, so even an unknown option is reported in the format the caller asked for.
  const json = wantsJson(argv);
  const program = buildProgram(context, json);
  const out = createOutput(io, json);
  const fail = (error: unknown): number => {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT_OK; // --help or --version
      const usage = `${commandPathOf(program, argv)} --help`;
      if (error.code === 'commander.help') {
        // No subcommand given: commander has printed the help, except with --json (see buildProgram).
        if (json) out.error({ code: 'invalid_input', message: `A command is missing; see "${usage}".` });
        return EXIT_USAGE;
      }
      const message = error.message.replace(/^error: /, '');
      out.error({ code: 'invalid_input', message }, `See "${usage}".`);
      return EXIT_USAGE;
    }
    if (error instanceof CliError) {
      out.error(error.toData());
      return error.exitCode;
    }
    const detail =
      error instanceof Error ? ((json ? undefined : error.stack) ?? error.message) : String(error);
    out.error({ code: 'internal', message: `Something went wrong inside Regulars: ${detail}` });
    return EXIT_FAILURE;
  };
  return { context, program, fail };
}

function buildProgram(context: CliContext, json: boolean): Command {
  const program = new Command('regulars')
    .description('Regulars from the command line: the same database and rules as the desktop app.')
    .version(packageJson.version)
    .option(
      '--db <path>',
      `database file (default: $REGULARS_DB, else the desktop app's ${defaultDatabasePath(process.platform, context.io.env, homedir())})`,
    )
    .option('--json', 'print results as JSON on stdout and errors as JSON on stderr')
    // Subcommands copy these settings when they are created, so they come first.
    .exitOverride()
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({
      writeOut: (text) => context.io.stdout.write(text),
      // Only help shown for a missing subcommand comes this way; with --json stderr holds JSON only.
      writeErr: (text) => (json ? undefined : context.io.stderr.write(text)),
      // main() prints parse errors itself, as text or JSON.
      outputError: () => undefined,
    });
  registerMaintenanceCommands(program, context);
  registerCustomerCommands(program, context);
  registerLogCommand(program, context);
  registerStaffCommands(program, context);
  registerLoyaltyCommands(program, context);
  registerImportCommands(program, context);
  registerExportCommands(program, context);
  registerBackupCommands(program, context);
  registerTrustCommands(program, context);
  registerReminderCommands(program, context);
  registerInsightsCommands(program, context);
  registerSuggestionCommands(program, context);
  registerDemoCommands(program, context);
  return program;
}

function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

/** "regulars customers add", from the words of argv that name (sub)commands: for the usage hint. */
function commandPathOf(program: Command, argv: readonly string[]): string {
  const names = [program.name()];
  let current = program;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (word === '--db') i++;
    if (word.startsWith('-')) continue;
    const sub = current.commands.find((command) => command.name() === word);
    if (!sub) break;
    names.push(word);
    current = sub;
  }
  return names.join(' ');
}
