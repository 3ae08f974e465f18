import type { CustomField } from '../../../shared/domain/custom-field.ts';
import { autoMap, detectPreset, PRESETS, type PresetId } from '../../../shared/domain/import-presets.ts';
import {
  CUSTOM_PREFIX,
  CUSTOMER_TARGETS,
  IGNORE,
  INTERACTION_TARGETS,
  targetLabel,
  type DateOrder,
  type ImportKind,
} from '../../../shared/domain/import-targets.ts';
import type { Db } from '../db/open.ts';
import { AppError } from '../errors.ts';
import { readSetting } from '../repos/settings-repo.ts';
import type { DbCustomField } from '../repos/custom-fields-repo.ts';
import type { CsvRecord } from './csv-read.ts';
import { orderVerdict } from './dates.ts';
import { cellText } from './read-table.ts';

export const TAG_SEPARATOR_KEY = 'import.tagSeparator';

const refuse = (field: string, message: string) =>
  new AppError('invalid_input', `${field}: ${message}`, field);

/** The separator between tags in one cell: asked for, else the preset's, else the shop's setting, else ','. */
export function tagSeparatorFor(db: Db, asked: string | undefined, preset: PresetId): string {
  const stored = readSetting(db, TAG_SEPARATOR_KEY);
  return (
    asked ?? PRESETS[preset].tagSeparator ?? (typeof stored === 'string' && stored !== '' ? stored : ',')
  );
}

/**
 * Each column's destination: the mapping given (one per column, checked), or the preset's
 * automatic one. A column sent to an archived or unknown custom field is refused.
 */
export function resolveMapping(
  headers: readonly string[],
  kind: ImportKind,
  given: readonly string[] | undefined,
  preset: PresetId,
  fields: readonly DbCustomField[],
): string[] {
  const live = fields.filter((field) => field.archived_at === null);
  if (given === undefined) return autoMap(headers, kind, preset, live);
  if (given.length !== headers.length) {
    throw refuse('mapping', `gives ${given.length} destinations but the file has ${headers.length} columns`);
  }
  const allowed = new Set<string>([
    IGNORE,
    ...(kind === 'interactions' ? INTERACTION_TARGETS : CUSTOMER_TARGETS),
  ]);
  return given.map((target, column) => {
    if (allowed.has(target)) return target;
    const field =
      target.startsWith(CUSTOM_PREFIX) && kind !== 'interactions'
        ? fields.find((f) => `${CUSTOM_PREFIX}${f.id}` === target)
        : undefined;
    if (field && field.archived_at === null) return target;
    const reason = field
      ? `goes to ${field.name}, which is archived`
      : `'${target}' is not a field Regulars knows`;
    throw refuse(`mapping.${column}`, `column "${headers[column] ?? column + 1}" ${reason}`);
  });
}

export function requireColumns(kind: ImportKind, mapping: readonly string[]): void {
  const has = (target: string) => mapping.includes(target);
  if (kind === 'interactions') {
    if (!has('customer_ref'))
      throw refuse('mapping', 'no column says who the customer is (customer_ref: a code, e-mail or phone)');
    if (!has('occurred_at')) throw refuse('mapping', 'no column says when it happened (occurred_at)');
  } else if (mapping.every((target) => target === IGNORE)) {
    throw refuse('mapping', 'no column goes anywhere: map at least a name, phone, e-mail or code');
  }
}

const DATE_TARGETS = /^(birthday|occurred_at|consent_\w+_date)$/;

export function isDateTarget(
  target: string,
  fields: ReadonlyMap<string, CustomField | DbCustomField>,
): boolean {
  return (
    DATE_TARGETS.test(target) ||
    (target.startsWith(CUSTOM_PREFIX) && fields.get(target.slice(CUSTOM_PREFIX.length))?.type === 'date')
  );
}

/**
 * The order of numeric dates for each date destination. A column whose dates could be read
 * either way (or mixes both) needs the order from the user; without it the import is refused
 * before anything is read, with the column named.
 */
export function dateOrders(
  headers: readonly string[],
  mapping: readonly string[],
  records: readonly CsvRecord[],
  asked: DateOrder | undefined,
  fields: ReadonlyMap<string, DbCustomField>,
): Map<string, DateOrder | undefined> {
  const orders = new Map<string, DateOrder | undefined>();
  for (const [column, target] of mapping.entries()) {
    if (!isDateTarget(target, fields) || orders.has(target)) continue;
    const verdict = orderVerdict(records.map((record) => cellText(record.cells[column])));
    if ((verdict === 'ambiguous' || verdict === 'conflict') && asked === undefined) {
      const name = headers[column] || targetLabel(target);
      throw refuse(
        'dateOrder',
        verdict === 'ambiguous'
          ? `the dates in column "${name}" could be day-first or month-first (like 03/04/1990): say which`
          : `column "${name}" mixes day-first and month-first dates: say which order to use (rows in the other order are rejected)`,
      );
    }
    orders.set(target, asked ?? (verdict === 'dmy' || verdict === 'mdy' ? verdict : undefined));
  }
  return orders;
}

export function presetFor(headers: readonly string[], asked: PresetId | undefined): PresetId {
  return asked ?? detectPreset(headers);
}
