import type { Command } from 'commander';
import type { CliIo } from './io.ts';
import { createOutput, type Output } from './output.ts';
import { databasePathFor, type GlobalOptions } from './session.ts';

/** What every command needs, shared by the program wiring and the command files. */
export interface CliContext {
  io: CliIo;
  /** Commands that report a problem without failing (`check`) set this. */
  exitCode: number;
}

export interface Invocation {
  path: string;
  json: boolean;
  out: Output;
}

/** Reads the global options wherever they were typed: before or after the command name. */
export function invocationOf(command: Command, context: CliContext): Invocation {
  const globals = command.optsWithGlobals<GlobalOptions>();
  const json = globals.json === true;
  return { path: databasePathFor(globals, context.io), json, out: createOutput(context.io, json) };
}
