import type { CustomFieldValue } from '../../../shared/domain/custom-field.ts';
import type { ConsentChannel } from '../../../shared/domain/customer.ts';
import {
  SCALAR_FIELDS,
  type ConsentChange,
  type CustomerCandidate,
  type ScalarField,
} from './customer-candidate.ts';

// How a row's values combine with a customer already known (in the database or earlier in the
// file): "fill" only fills what is empty (and adds tags), "overwrite" lets the file win wherever
// it has a value. An empty cell never clears anything.

export type MergePolicy = 'fill' | 'overwrite';

export interface PlannedFields extends Record<ScalarField, string> {
  tags: string[];
  customFields: Record<string, CustomFieldValue>;
}

export interface ConsentInForce {
  granted: boolean;
  source: string;
}

export function emptyFields(): PlannedFields {
  return {
    firstName: '',
    lastName: '',
    phone: '',
    email: '',
    birthday: '',
    address: '',
    notes: '',
    code: '',
    tags: [],
    customFields: {},
  };
}

const sameTags = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((tag) => b.some((other) => other.toLowerCase() === tag.toLowerCase()));

/**
 * Merges a row into `fields` and `consents` (planned new consent rows) in place; `inForce` is the
 * customer's consent already recorded. Returns whether anything changed.
 */
export function mergeCandidate(
  fields: PlannedFields,
  consents: ConsentChange[],
  inForce: ReadonlyMap<ConsentChannel, ConsentInForce>,
  candidate: CustomerCandidate,
  policy: MergePolicy,
): boolean {
  let changed = false;
  for (const field of SCALAR_FIELDS) {
    const value = candidate.given[field];
    if (value === undefined || value === fields[field]) continue;
    if (policy === 'fill' && fields[field] !== '') continue;
    fields[field] = value;
    changed = true;
  }
  if (candidate.tags.length > 0) {
    const next =
      policy === 'overwrite'
        ? candidate.tags
        : [
            ...fields.tags,
            ...candidate.tags.filter(
              (tag) => !fields.tags.some((t) => t.toLowerCase() === tag.toLowerCase()),
            ),
          ];
    if (!sameTags(next, fields.tags) || next.length !== fields.tags.length) {
      fields.tags = [...next];
      changed = true;
    }
  }
  for (const [fieldId, value] of Object.entries(candidate.customFields)) {
    const before = fields.customFields[fieldId] ?? null;
    if (value === before || (policy === 'fill' && before !== null)) continue;
    fields.customFields[fieldId] = value;
    changed = true;
  }
  for (const consent of candidate.consents) {
    const plannedAt = consents.findIndex((c) => c.channel === consent.channel);
    const current = plannedAt >= 0 ? consents[plannedAt] : inForce.get(consent.channel);
    if (
      current &&
      (policy === 'fill' || (current.granted === consent.granted && current.source === consent.source))
    )
      continue;
    if (plannedAt >= 0) consents.splice(plannedAt, 1);
    consents.push(consent);
    changed = true;
  }
  return changed;
}
