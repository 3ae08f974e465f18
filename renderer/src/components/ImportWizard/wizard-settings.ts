import type { CustomField } from '../../../../shared/domain/custom-field.ts';
import { autoMap, headerKey, PRESETS, type PresetId } from '../../../../shared/domain/import-presets.ts';
import {
  CUSTOM_PREFIX,
  CUSTOMER_TARGETS,
  IGNORE,
  INTERACTION_TARGETS,
  type DateOrder,
  type DelimiterChoice,
  type DuplicatePolicy,
  type EncodingChoice,
  type ImportKind,
} from '../../../../shared/domain/import-targets.ts';
import type { ImportOptionsInput, SavedMapping } from '../../../../shared/domain/imports.ts';
import type { ChannelOutput } from '../../../../shared/ipc/contract.ts';

export type Inspection = ChannelOutput<'imports:inspect'>;

/** Everything the user decides between choosing the file and importing it. */
export interface WizardSettings {
  encoding: EncodingChoice;
  delimiter: DelimiterChoice;
  /** A preset id, or "saved:<name>" for a mapping the shop saved. */
  preset: string;
  mapping: string[];
  onDuplicate: DuplicatePolicy;
  dateOrder: DateOrder | null;
  tagSeparator: string;
  createMissing: boolean;
  earnPoints: boolean;
}

export const INITIAL_SETTINGS: WizardSettings = {
  encoding: 'auto',
  delimiter: 'auto',
  preset: 'generic',
  mapping: [],
  onDuplicate: 'skip',
  dateOrder: null,
  tagSeparator: ',',
  createMissing: false,
  earnPoints: false,
};

/** The words the mapping table's options are made of, in the reader's language. */
export interface TargetWords {
  ignoreColumn: string;
  customFieldTarget: (name: string) => string;
  label: (target: string) => string;
}

/** The destinations a column may take, as the mapping table lists them. */
export function targetOptions(
  kind: ImportKind,
  fields: readonly CustomField[],
  words: TargetWords,
): { value: string; label: string }[] {
  const standard = kind === 'interactions' ? INTERACTION_TARGETS : CUSTOMER_TARGETS;
  return [
    { value: IGNORE, label: words.ignoreColumn },
    ...standard.map((target) => ({ value: target, label: words.label(target) })),
    ...(kind === 'interactions'
      ? []
      : fields
          .filter((f) => !f.archived)
          .map((f) => ({ value: `${CUSTOM_PREFIX}${f.id}`, label: words.customFieldTarget(f.name) }))),
  ];
}

/** The mapping a preset or a saved mapping gives this file's header. */
export function mappingFor(
  headers: readonly string[],
  kind: ImportKind,
  preset: string,
  saved: readonly SavedMapping[],
  fields: readonly CustomField[],
): string[] {
  const live = fields.filter((f) => !f.archived);
  const chosen = preset.startsWith('saved:') ? saved.find((m) => `saved:${m.name}` === preset) : undefined;
  const automatic = autoMap(
    headers,
    kind,
    chosen || !(preset in PRESETS) ? 'generic' : (preset as PresetId),
    live,
  );
  if (!chosen) return automatic;
  return headers.map((header, index) => chosen.columns[headerKey(header)] ?? automatic[index] ?? IGNORE);
}

export function tagSeparatorOf(preset: string, saved: readonly SavedMapping[], fallback: string): string {
  if (preset.startsWith('saved:'))
    return saved.find((m) => `saved:${m.name}` === preset)?.tagSeparator ?? fallback;
  return (preset in PRESETS ? PRESETS[preset as PresetId].tagSeparator : null) ?? fallback;
}

/** Whether a mapped column holds dates that could be read day-first or month-first. */
export function needsDateOrder(
  inspection: Inspection | null,
  mapping: readonly string[],
  fields: readonly CustomField[],
): boolean {
  if (!inspection) return false;
  return inspection.dateColumns.some(({ column, verdict }) => {
    if (verdict !== 'ambiguous' && verdict !== 'conflict') return false;
    const target = mapping[column] ?? IGNORE;
    if (target.startsWith(CUSTOM_PREFIX))
      return fields.find((f) => `${CUSTOM_PREFIX}${f.id}` === target)?.type === 'date';
    return /^(birthday|occurred_at|consent_\w+_date)$/.test(target);
  });
}

export function importOptions(
  kind: ImportKind,
  settings: WizardSettings,
  dryRun: boolean,
): ImportOptionsInput {
  return {
    kind,
    encoding: settings.encoding,
    delimiter: settings.delimiter,
    ...(kind === 'vcard' ? {} : { mapping: settings.mapping, tagSeparator: settings.tagSeparator || ',' }),
    onDuplicate: settings.onDuplicate,
    ...(settings.dateOrder ? { dateOrder: settings.dateOrder } : {}),
    createMissing: settings.createMissing,
    earnPoints: settings.earnPoints,
    dryRun,
  };
}
