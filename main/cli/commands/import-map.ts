import type { CustomField } from '../../../shared/domain/custom-field.ts';
import { autoMap, detectPreset, headerKey, type PresetId } from '../../../shared/domain/import-presets.ts';
import {
  CUSTOM_PREFIX,
  CUSTOMER_TARGETS,
  IGNORE,
  INTERACTION_TARGETS,
  type ImportKind,
} from '../../../shared/domain/import-targets.ts';
import { invalidInput } from '../cli-error.ts';

// `--map "Column=field,Other column=Shoe size"`: which column of the file goes where, by the
// column's name and a field's name (or a custom field's name), on top of the automatic mapping.

export interface MapPair {
  column: string;
  field: string;
}

/** Splits the pairs before anything is opened, so a typo changes nothing. */
export function parseMapOptions(texts: readonly string[] = []): MapPair[] {
  return texts.flatMap((text) =>
    text
      .split(',')
      .filter((pair) => pair.trim() !== '')
      .map((pair) => {
        const at = pair.lastIndexOf('=');
        if (at <= 0 || pair.slice(at + 1).trim() === '') {
          throw invalidInput(
            `--map: '${pair.trim()}' is not Column=field, e.g. --map "E-mail Address=email"`,
            'mapping',
          );
        }
        return { column: pair.slice(0, at).trim(), field: pair.slice(at + 1).trim() };
      }),
  );
}

function targetOf(kind: ImportKind, field: string, customFields: readonly CustomField[]): string {
  const lower = field.toLowerCase();
  const standard: readonly string[] = kind === 'interactions' ? INTERACTION_TARGETS : CUSTOMER_TARGETS;
  if (lower === IGNORE || standard.includes(lower)) return lower;
  const custom =
    kind === 'interactions'
      ? undefined
      : customFields.find((f) => !f.archived && f.name.toLowerCase() === lower);
  if (custom) return `${CUSTOM_PREFIX}${custom.id}`;
  const names =
    kind === 'interactions'
      ? INTERACTION_TARGETS.join(', ')
      : 'first_name, last_name, phone, email, birthday, notes, tags, code';
  throw invalidInput(
    `--map: '${field}' is not a field: use ${names}, ignore, or a custom field's name`,
    'mapping',
  );
}

/** The automatic mapping of the preset, with the columns named in --map sent where it says. */
export function mappingFor(
  headers: readonly string[],
  kind: ImportKind,
  preset: PresetId | undefined,
  pairs: readonly MapPair[],
  customFields: readonly CustomField[],
): string[] {
  const live = customFields.filter((field) => !field.archived);
  const mapping = autoMap(headers, kind, preset ?? detectPreset(headers), live);
  for (const { column, field } of pairs) {
    let index = headers.findIndex((header) => header.toLowerCase() === column.toLowerCase());
    if (index < 0) index = headers.findIndex((header) => headerKey(header) === headerKey(column));
    if (index < 0) {
      throw invalidInput(
        `--map: the file has no column '${column}' (it has: ${headers.join(', ')})`,
        'mapping',
      );
    }
    mapping[index] = targetOf(kind, field, customFields);
  }
  return mapping;
}
