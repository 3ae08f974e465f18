import type { CustomFieldValue } from '../../../shared/domain/custom-field.ts';
import {
  CONSENT_CHANNELS,
  customerInputSchema,
  tagSchema,
  type ConsentChannel,
} from '../../../shared/domain/customer.ts';
import { CUSTOM_PREFIX, type DateOrder } from '../../../shared/domain/import-targets.ts';
import type { DbCustomField } from '../repos/custom-fields-repo.ts';
import { isEmptyDate, readBirthday } from './dates.ts';
import { readInstant } from './date-times.ts';
import { readCustomValue, readYesNo } from './values.ts';

/** A row's text by destination, several columns to one destination kept in column order. */
export type RawValues = Map<string, string[]>;

export const SCALAR_FIELDS = [
  'firstName',
  'lastName',
  'phone',
  'email',
  'birthday',
  'address',
  'notes',
  'code',
] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];

export interface ConsentChange {
  channel: ConsentChannel;
  granted: boolean;
  source: string;
  recordedAt: number;
}

/** What a row says about a customer: only what it gives; an empty cell says nothing. */
export interface CustomerCandidate {
  given: Partial<Record<ScalarField, string>>;
  tags: string[];
  customFields: Record<string, CustomFieldValue>;
  consents: ConsentChange[];
}

export interface CandidateContext {
  fields: ReadonlyMap<string, DbCustomField>;
  /** The order of numeric dates, by destination. */
  orders: ReadonlyMap<string, DateOrder | undefined>;
  consentSource: string;
  now: number;
}

export type CandidateResult =
  { ok: true; candidate: CustomerCandidate } | { ok: false; field: string; message: string };

const nonEmpty = (values: readonly string[] | undefined) => (values ?? []).filter((value) => value !== '');
/** Google Contacts puts several numbers or addresses in one cell, separated by " ::: ". */
export const multi = (values: readonly string[] | undefined) =>
  nonEmpty(values)
    .flatMap((v) => v.split(' ::: ').map((p) => p.trim()))
    .filter(Boolean);

class RowError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

/** Errors name the destination the way mappings and the CLI do: first_name, not firstName. */
const snake = (field: ScalarField) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

function check(field: ScalarField, value: string): string {
  const parsed = customerInputSchema.shape[field].safeParse(value);
  if (!parsed.success) throw new RowError(snake(field), parsed.error.issues[0]?.message ?? 'is not valid');
  return String(parsed.data);
}

/** "Lee, Ann" is last name first; "Ann Marie Lee" splits at the last space. */
export function splitFullName(full: string): [string, string] {
  const text = full.replace(/\s+/g, ' ').trim();
  const comma = text.indexOf(',');
  if (comma > 0) {
    const last = text.slice(0, comma).trim();
    const first = text.slice(comma + 1).trim();
    return first === '' ? [last, ''] : [first, last];
  }
  const space = text.lastIndexOf(' ');
  return space > 0 ? [text.slice(0, space), text.slice(space + 1)] : [text, ''];
}

function scalars(values: RawValues, context: CandidateContext): Partial<Record<ScalarField, string>> {
  const given: Partial<Record<ScalarField, string>> = {};
  const first = nonEmpty(values.get('first_name')).join(' ');
  const last = nonEmpty(values.get('last_name')).join(' ');
  const full = nonEmpty(values.get('full_name'))[0] ?? '';
  if (first !== '' || last !== '') {
    if (first !== '') given.firstName = check('firstName', first);
    if (last !== '') given.lastName = check('lastName', last);
  } else if (full !== '') {
    const [f, l] = splitFullName(full);
    given.firstName = check('firstName', f);
    if (l !== '') given.lastName = check('lastName', l);
  }
  const phones = multi(values.get('phone'));
  const emails = multi(values.get('email'));
  if (phones[0]) given.phone = check('phone', phones[0]);
  if (emails[0]) given.email = check('email', emails[0]);
  const birthday = nonEmpty(values.get('birthday')).find((text) => !isEmptyDate(text));
  if (birthday !== undefined) {
    const reading = readBirthday(birthday, context.orders.get('birthday'));
    if (!reading.ok) throw new RowError('birthday', reading.reason);
    given.birthday = check('birthday', reading.value);
  }
  const address = nonEmpty(values.get('address')).join(', ');
  if (address !== '') given.address = check('address', address);
  // Numbers and addresses beyond the first are kept in the notes rather than dropped.
  const notes = [
    ...nonEmpty(values.get('notes')),
    ...(phones.length > 1 ? [`Other phone: ${phones.slice(1).join(', ')}`] : []),
    ...(emails.length > 1 ? [`Other e-mail: ${emails.slice(1).join(', ')}`] : []),
  ].join('\n');
  if (notes !== '') given.notes = check('notes', notes);
  const code = nonEmpty(values.get('code'))[0];
  if (code !== undefined) given.code = check('code', code);
  return given;
}

function tagsOf(values: RawValues): string[] {
  const tags = new Map<string, string>();
  // System groups of Google Contacts ("* myContacts", "* starred") are not the shop's tags.
  for (const tag of nonEmpty(values.get('tags')).filter((t) => !t.startsWith('* '))) {
    const parsed = tagSchema.safeParse(tag);
    if (!parsed.success)
      throw new RowError('tags', `'${tag}' ${parsed.error.issues[0]?.message ?? 'is not a tag'}`);
    if (!tags.has(parsed.data.toLowerCase())) tags.set(parsed.data.toLowerCase(), parsed.data);
  }
  if (tags.size > 50) throw new RowError('tags', 'has more than 50 tags');
  return [...tags.values()];
}

function consentsOf(values: RawValues, context: CandidateContext): ConsentChange[] {
  const changes: ConsentChange[] = [];
  for (const channel of CONSENT_CHANNELS) {
    const answer = nonEmpty(values.get(`consent_${channel}`))[0];
    if (answer === undefined) continue;
    const granted = readYesNo(answer);
    if (!granted.ok) throw new RowError(`consent_${channel}`, granted.reason);
    const dateText = nonEmpty(values.get(`consent_${channel}_date`))[0];
    let recordedAt = context.now;
    if (dateText !== undefined) {
      const when = readInstant(dateText, context.orders.get(`consent_${channel}_date`));
      if (!when.ok) throw new RowError(`consent_${channel}_date`, when.reason);
      recordedAt = when.at;
    }
    const source = (nonEmpty(values.get(`consent_${channel}_source`))[0] ?? context.consentSource).slice(
      0,
      80,
    );
    changes.push({ channel, granted: granted.value, source, recordedAt });
  }
  return changes;
}

function customFieldsOf(values: RawValues, context: CandidateContext): Record<string, CustomFieldValue> {
  const result: Record<string, CustomFieldValue> = {};
  for (const [target, texts] of values) {
    if (!target.startsWith(CUSTOM_PREFIX)) continue;
    const field = context.fields.get(target.slice(CUSTOM_PREFIX.length));
    const text = nonEmpty(texts)[0];
    if (!field || text === undefined) continue;
    const reading = readCustomValue(field, text, context.orders.get(target));
    if (!reading.ok) throw new RowError(field.name, reading.reason);
    result[field.id] = reading.value;
  }
  return result;
}

/** Reads one row's values; the first problem found is the row's reason for rejection. */
export function toCandidate(values: RawValues, context: CandidateContext): CandidateResult {
  try {
    return {
      ok: true,
      candidate: {
        given: scalars(values, context),
        tags: tagsOf(values),
        customFields: customFieldsOf(values, context),
        consents: consentsOf(values, context),
      },
    };
  } catch (error) {
    if (error instanceof RowError) return { ok: false, field: error.field, message: error.message };
    throw error;
  }
}
