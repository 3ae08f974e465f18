import type { Command } from 'commander';
import { fullName } from '../../../shared/domain/customer.ts';
import { MERGE_FIELDS, type DuplicatePair, type MergeInput } from '../../../shared/domain/duplicates.ts';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';
import type { AppErrorData } from '../../../shared/ipc/result.ts';
import { CliError, invalidInput } from '../cli-error.ts';
import { fromCoreError } from '../field-labels.ts';
import { table } from '../format.ts';
import { parseWholeNumber } from '../options.ts';
import { invocationOf, type CliContext } from '../run-context.ts';
import { request, withCore } from '../session.ts';

interface DuplicatesOptions {
  limit?: string;
}

interface MergeOptions {
  take?: string[];
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** "first-name" as typed on the command line is the contract's "firstName". */
const camelCase = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * Reads `--take email=other --take notes` into the merge's choices: whose value survives for
 * each field both customers fill in differently. A bare FIELD means OTHER's.
 */
export function parseTakes(takes: readonly string[]): Record<string, 'keep' | 'other'> {
  const choices: Record<string, 'keep' | 'other'> = {};
  for (const take of takes) {
    const match = /^([\w:-]+)(?:=(keep|other))?$/.exec(take.trim());
    if (!match) {
      throw invalidInput(
        `--take: '${take}' must be FIELD=other or FIELD=keep, FIELD one of ${MERGE_FIELDS.join(', ')} or custom:<field id>`,
        'choices',
      );
    }
    const [, name = '', side = 'other'] = match;
    const key = name.startsWith('custom:') ? name : camelCase(name);
    if (Object.hasOwn(choices, key)) throw invalidInput(`--take: ${key} is given twice`, 'choices');
    choices[key] = side === 'keep' ? 'keep' : 'other';
  }
  return choices;
}

/** Names what was typed: "--take email: …", "OTHER_ID: …", rather than the contract's field names. */
function mergeError(error: AppErrorData, input: MergeInput): CliError {
  const field = error.field ?? '';
  const reason = error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : '';
  if (field.startsWith('choices.') && reason !== '') {
    return new CliError(error.code, `--take ${field.slice('choices.'.length)}: ${reason}`, field);
  }
  if (field === 'otherId' && reason !== '') return new CliError(error.code, `OTHER_ID: ${reason}`, field);
  return fromCoreError(error, input);
}

function pairTable(pairs: readonly DuplicatePair[]): string {
  return table(
    ['SCORE', 'ID A', 'NAME A', 'ID B', 'NAME B', 'WHY'],
    pairs.map((pair) => [
      pair.score.toFixed(2),
      pair.a.id,
      fullName(pair.a),
      pair.b.id,
      fullName(pair.b),
      pair.reasons.join('; '),
    ]),
  );
}

/** `customers duplicates`, `merge` and `undo-merge`: the duplicate review from the shell. */
export function registerDuplicateCommands(customers: Command, context: CliContext): void {
  customers
    .command('duplicates')
    .description('list possible duplicate customers across the whole base, most likely first')
    .option('--limit <n>', 'at most this many pairs, 1-1000', '50')
    .action((options: DuplicatesOptions, command: Command) => {
      const limit = parseWholeNumber('--limit', 'limit', options.limit ?? '50', { min: 1, max: 1000 });
      const { path, json, out } = invocationOf(command, context);
      const pairs = withCore(path, context.io, json, (core) => request(core, 'duplicates:list', { limit }));
      out.result(pairs, () =>
        pairs.length === 0
          ? 'No possible duplicates.'
          : `${pairTable(pairs)}\n\nMerge a pair with: regulars customers merge KEEP_ID OTHER_ID`,
      );
    });

  customers
    .command('merge')
    .description('merge OTHER_ID into KEEP_ID: every interaction, tag, consent and field is kept')
    .argument('<keep-id>', 'the customer that stays')
    .argument('<other-id>', 'the customer merged into it, then moved to the trash')
    .option(
      '--take <field=side>',
      `for a field both fill in differently, whose value survives (KEEP's unless given); ` +
        `FIELD is one of ${MERGE_FIELDS.join(', ')} or custom:<field id>`,
      collect,
    )
    .addHelpText(
      'after',
      '\nExample:\n  regulars customers merge KEEP_ID OTHER_ID --take email=other --take phone=other',
    )
    .action((keepId: string, otherId: string, options: MergeOptions, command: Command) => {
      const choices = parseTakes(options.take ?? []);
      const { path, json, out } = invocationOf(command, context);
      const input = { keepId, otherId, choices };
      const result = withCore(path, context.io, json, (core) => {
        const answer = core.call('customers:merge', input);
        if (!answer.ok) throw mergeError(answer.error, input);
        // The dispatcher ran the merge handler, so the data has its output type.
        return answer.data as ChannelOutput<'customers:merge'>;
      });
      out.result(
        result,
        () =>
          `Merged ${otherId} into ${fullName(result.customer)} (id ${result.customer.id}).\n` +
          `Merge id ${result.mergeId}; undo with: regulars customers undo-merge ${result.mergeId}`,
      );
    });

  customers
    .command('undo-merge')
    .description('undo a merge exactly: both customers back as they were, each with its own history')
    .argument('<merge-id>', 'the merge id printed by "customers merge"')
    .action((mergeId: string, _options: unknown, command: Command) => {
      const { path, json, out } = invocationOf(command, context);
      const result = withCore(path, context.io, json, (core) =>
        request(core, 'customers:undoMerge', { mergeId }),
      );
      out.result(
        result,
        () => `Undid merge ${mergeId}: ${result.otherId} is back beside ${result.keepId}, as before.`,
      );
    });
}
