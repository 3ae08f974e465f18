import type { ConsentChannel } from '../../../shared/domain/customer.ts';
import type { DuplicatePolicy } from '../../../shared/domain/import-targets.ts';
import type { ImportAction } from '../../../shared/domain/imports.ts';
import type { NormalizedPhone } from '../../../shared/domain/phone.ts';
import type { Db } from '../db/open.ts';
import { fieldValuesOf } from '../repos/custom-fields-repo.ts';
import { currentConsents, findCustomerRow, tagsOf } from '../repos/customers-repo.ts';
import type { ConsentChange, CustomerCandidate } from './customer-candidate.ts';
import { codeKey, emailKey, phoneKeyOf, type CustomerIndex } from './customer-index.ts';
import { emptyFields, mergeCandidate, type ConsentInForce, type PlannedFields } from './customer-merge.ts';
import type { PhoneReader } from './phone-reader.ts';

// Decides, row by row, what an import of customers will do: create, update, skip or reject.
// Nothing is written here; the plan is exact, so a dry run reports what the import will do.

export interface PlanEntry {
  /** The first row that named this customer. */
  row: number;
  existingId: string | null;
  fields: PlannedFields;
  consents: ConsentChange[];
  inForce: Map<ConsentChannel, ConsentInForce>;
  /** Anything to write: always for a new customer, for an existing one only when a row changed it. */
  changed: boolean;
}

export interface RowOutcome {
  row: number;
  action: ImportAction;
  field: string;
  message: string;
  entry: number | null;
}

export interface CustomerPlanner {
  entries: PlanEntry[];
  outcomes: RowOutcome[];
  /** Plans one row; the outcome is also appended to `outcomes`. */
  add(row: number, candidate: CustomerCandidate): RowOutcome;
  reject(row: number, field: string, message: string): RowOutcome;
  /** The phone as read with the shop's country, read once per distinct number. */
  phoneOf(phone: string): NormalizedPhone;
}

type Match = { kind: 'entry'; index: number; by: string } | { kind: 'db'; id: string; by: string };

const KEY_WORDS: Record<string, string> = { c: 'customer code', e: 'e-mail', p: 'phone' };

export function createCustomerPlanner(
  db: Db,
  index: CustomerIndex,
  policy: DuplicatePolicy,
  phones: PhoneReader,
): CustomerPlanner {
  const entries: PlanEntry[] = [];
  const outcomes: RowOutcome[] = [];
  const fileKeys = new Map<string, number>();
  const entryOfCustomer = new Map<string, number>();
  const phoneOf = (phone: string): NormalizedPhone => phones.read(phone);
  const phoneKeyFor = (phone: string) => {
    const { e164, digits } = phoneOf(phone);
    return phoneKeyOf(e164, digits);
  };
  const keysOf = (fields: { code?: string; email?: string; phone?: string }): string[] => {
    const keys: string[] = [];
    if (fields.code) keys.push(`c${codeKey(fields.code)}`);
    if (fields.email) keys.push(`e${emailKey(fields.email)}`);
    const phone = fields.phone ? phoneKeyFor(fields.phone) : '';
    if (phone !== '') keys.push(`p${phone}`);
    return keys;
  };
  const dbLookup = (key: string): string | undefined => {
    const value = key.slice(1);
    if (key[0] === 'c') {
      const known = index.byCode.get(value);
      return known?.live ? known.id : undefined;
    }
    return key[0] === 'e' ? index.byEmail.get(value) : index.byPhone.get(value);
  };
  const findMatch = (candidate: CustomerCandidate): Match | null => {
    for (const key of keysOf(candidate.given)) {
      const by = KEY_WORDS[key[0] ?? ''] ?? '';
      const inFile = fileKeys.get(key);
      if (inFile !== undefined) return { kind: 'entry', index: inFile, by };
      const id = dbLookup(key);
      if (id !== undefined) {
        const entry = entryOfCustomer.get(id);
        return entry === undefined ? { kind: 'db', id, by } : { kind: 'entry', index: entry, by };
      }
    }
    return null;
  };
  /** Whose code this is besides `entry`, in words; null when it is free. */
  const codeHolder = (code: string, entry: PlanEntry): string | null => {
    const inFile = fileKeys.get(`c${codeKey(code)}`);
    if (inFile !== undefined && entries[inFile] !== entry)
      return `row ${entries[inFile]?.row ?? '?'} of this file`;
    const known = index.byCode.get(codeKey(code));
    if (known && known.id !== entry.existingId)
      return known.live ? 'another customer' : 'a customer in the trash';
    return null;
  };
  const outcome = (
    row: number,
    action: ImportAction,
    message: string,
    entry: number | null,
    field = '',
  ): RowOutcome => {
    const result = { row, action, field, message, entry };
    outcomes.push(result);
    return result;
  };
  const register = (at: number) => {
    const entry = entries[at];
    if (!entry) return;
    for (const key of keysOf(entry.fields)) if (!fileKeys.has(key)) fileKeys.set(key, at);
    if (entry.existingId !== null) entryOfCustomer.set(entry.existingId, at);
  };
  const existingEntry = (row: number, id: string): PlanEntry => {
    const stored = findCustomerRow(db, id);
    const fields = emptyFields();
    if (stored) {
      Object.assign(fields, {
        firstName: stored.first_name,
        lastName: stored.last_name,
        phone: stored.phone,
        email: stored.email,
        birthday: stored.birthday,
        address: stored.address,
        notes: stored.notes,
        code: stored.code ?? '',
      });
    }
    fields.tags = tagsOf(db, id);
    fields.customFields = fieldValuesOf(db, id);
    const inForce = new Map(
      currentConsents(db, id).map((c) => [c.channel, { granted: c.granted, source: c.source }]),
    );
    return { row, existingId: id, fields, consents: [], inForce, changed: false };
  };
  /** Checks a changed entry still holds together: a name, a code nobody else has. */
  const problem = (entry: PlanEntry): { field: string; message: string } | null => {
    if (entry.fields.firstName === '' && entry.fields.lastName !== '') {
      entry.fields.firstName = entry.fields.lastName;
      entry.fields.lastName = '';
    }
    if (entry.fields.firstName === '')
      return { field: 'first_name', message: 'has no name: map a name column or fill it in' };
    const holder = entry.fields.code === '' ? null : codeHolder(entry.fields.code, entry);
    return holder === null
      ? null
      : { field: 'code', message: `customer code ${entry.fields.code} is already used by ${holder}` };
  };

  return {
    entries,
    outcomes,
    phoneOf,
    reject: (row, field, message) => outcome(row, 'reject', message, null, field),
    add(row, candidate) {
      const match = policy === 'create' ? null : findMatch(candidate);
      if (match && policy === 'skip') {
        const where =
          match.kind === 'entry'
            ? `the same customer as row ${entries[match.index]?.row ?? '?'}`
            : 'already in Regulars';
        return outcome(
          row,
          'skip',
          `${where} (same ${match.by})`,
          match.kind === 'entry' ? match.index : null,
        );
      }
      if (match && (policy === 'fill' || policy === 'overwrite')) {
        const at = match.kind === 'entry' ? match.index : entries.push(existingEntry(row, match.id)) - 1;
        const entry = entries[at];
        if (!entry) throw new Error('planned entry vanished');
        const before = structuredClone({
          fields: entry.fields,
          consents: entry.consents,
          changed: entry.changed,
        });
        if (!mergeCandidate(entry.fields, entry.consents, entry.inForce, candidate, policy)) {
          if (match.kind === 'db') entries.pop();
          return outcome(
            row,
            'skip',
            `nothing new for a customer already ${match.kind === 'db' ? 'in Regulars' : `in row ${entry.row}`} (same ${match.by})`,
            at,
          );
        }
        const wrong = problem(entry);
        if (wrong) {
          if (match.kind === 'db') entries.pop();
          else Object.assign(entry, before);
          return outcome(row, 'reject', wrong.message, null, wrong.field);
        }
        entry.changed = true;
        register(at);
        return outcome(
          row,
          'update',
          match.kind === 'db'
            ? `updates a customer already in Regulars (same ${match.by})`
            : `adds to row ${entry.row} (same ${match.by})`,
          at,
        );
      }
      const entry: PlanEntry = {
        row,
        existingId: null,
        fields: emptyFields(),
        consents: [],
        inForce: new Map(),
        changed: true,
      };
      mergeCandidate(entry.fields, entry.consents, entry.inForce, candidate, 'overwrite');
      const wrong = problem(entry);
      if (wrong) return outcome(row, 'reject', wrong.message, null, wrong.field);
      const at = entries.push(entry) - 1;
      register(at);
      return outcome(
        row,
        'create',
        match ? `created although it matches (same ${match.by})` : 'new customer',
        at,
      );
    },
  };
}
