import type { Channel, InteractionKind } from '../../../shared/domain/interaction.ts';
import type { DateOrder } from '../../../shared/domain/import-targets.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import { readAmount } from './amounts.ts';
import { splitFullName, type RawValues } from './customer-candidate.ts';
import { codeKey, emailKey, phoneKey, type CustomerIndex } from './customer-index.ts';
import type { RowOutcome } from './customer-plan.ts';
import { readInstant } from './date-times.ts';
import {
  looksLikeEmail,
  looksLikePhone,
  MAX_EXTERNAL_ID,
  MAX_NOTE,
  MAX_TIME,
  MIN_TIME,
  readChannel,
  readKind,
} from './interaction-fields.ts';
import type { SourceRow } from './source-rows.ts';

export interface PlannedInteraction {
  row: number;
  /** An existing customer's id, or the index of a customer this import creates. */
  customer: { id: string } | { newIndex: number };
  occurredAt: number;
  kind: InteractionKind;
  channel: Channel;
  amountMinor: number | null;
  note: string;
  externalId: string | null;
}

export interface NewCustomer {
  row: number;
  reference: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  code: string;
}

export interface InteractionPlanner {
  interactions: PlannedInteraction[];
  newCustomers: NewCustomer[];
  outcomes: RowOutcome[];
  add(row: SourceRow): RowOutcome;
}

/** Why a row is refused: returned, not thrown, as a file of refused rows built a stack trace for each. */
interface Refusal {
  refused: true;
  field: string;
  message: string;
}

const refuse = (field: string, message: string): Refusal => ({ refused: true, field, message });

const first = (values: RawValues, target: string) => values.get(target)?.find((v) => v !== '') ?? '';

export function createInteractionPlanner(
  db: Db,
  index: CustomerIndex,
  options: { createMissing: boolean; order: DateOrder | undefined; country: string },
): InteractionPlanner {
  const interactions: PlannedInteraction[] = [];
  const newCustomers: NewCustomer[] = [];
  const outcomes: RowOutcome[] = [];
  const newByReference = new Map<string, number>();
  const externalIds = new Map<string, number>();
  const lookup = prepared<[string], { n: number }>(
    db,
    'SELECT 1 AS n FROM interactions WHERE external_id = ?',
  );
  // A first import into a shop that never imported history skips a million index lookups.
  const anyStored =
    prepared<[], { n: number }>(
      db,
      'SELECT 1 AS n FROM interactions WHERE external_id IS NOT NULL LIMIT 1',
    ).get() !== undefined;
  const stored = (externalId: string) => anyStored && lookup.get(externalId) !== undefined;

  /** A code first, then an e-mail, then a phone number, as the issue asks. */
  const customerOf = (
    row: number,
    values: RawValues,
    reference: string,
  ): PlannedInteraction['customer'] | Refusal => {
    const byCode = index.byCode.get(codeKey(reference));
    if (byCode?.live) return { id: byCode.id };
    const byEmail = index.byEmail.get(emailKey(reference));
    if (byEmail) return { id: byEmail };
    const phone = looksLikePhone(reference) ? phoneKey(reference, options.country) : '';
    const byPhone = phone === '' ? undefined : index.byPhone.get(phone);
    if (byPhone) return { id: byPhone };
    if (byCode)
      return refuse('customer_ref', `customer code ${reference} belongs to a customer in the trash`);
    if (!options.createMissing)
      return refuse('customer_ref', `no customer has the code, e-mail or phone '${reference}'`);
    const known = newByReference.get(reference.toLowerCase());
    if (known !== undefined) return { newIndex: known };
    // Named after the reference unless the file names them; the reference is kept as what it is.
    const named = [first(values, 'first_name'), first(values, 'last_name')];
    const [firstName, lastName] = named.some(Boolean)
      ? named
      : first(values, 'full_name')
        ? splitFullName(first(values, 'full_name'))
        : [reference, ''];
    const email = looksLikeEmail(reference) ? reference : '';
    const phoneText = email === '' && looksLikePhone(reference) ? reference : '';
    const code = email === '' && phoneText === '' ? reference : '';
    if (code.length > 40)
      return refuse('customer_ref', `'${reference}' is too long for a customer code (40 characters)`);
    newCustomers.push({
      row,
      reference,
      firstName: (firstName || lastName || reference).slice(0, 80),
      lastName: firstName ? (lastName ?? '').slice(0, 80) : '',
      email,
      phone: phoneText,
      code,
    });
    newByReference.set(reference.toLowerCase(), newCustomers.length - 1);
    return { newIndex: newCustomers.length - 1 };
  };

  const plan = (row: number, values: RawValues): PlannedInteraction | RowOutcome | Refusal => {
    const externalId = first(values, 'external_id') || null;
    if (externalId !== null) {
      if (externalId.length > MAX_EXTERNAL_ID)
        return refuse('external_id', `is longer than ${MAX_EXTERNAL_ID} characters`);
      const earlier = externalIds.get(externalId);
      if (earlier !== undefined)
        return {
          row,
          action: 'skip',
          field: 'external_id',
          message: `the same external id as row ${earlier}`,
          entry: null,
        };
      if (stored(externalId))
        return {
          row,
          action: 'skip',
          field: 'external_id',
          message: `already imported (external id ${externalId})`,
          entry: null,
        };
    }
    const when = first(values, 'occurred_at');
    if (when === '') return refuse('occurred_at', 'is empty: every row needs a date');
    const instant = readInstant(when, options.order);
    if (!instant.ok) return refuse('occurred_at', instant.reason);
    if (instant.at < MIN_TIME || instant.at > MAX_TIME)
      return refuse('occurred_at', `'${when}' is before 1970 or after 2200`);
    const kindText = first(values, 'kind');
    const kind = readKind(kindText);
    if (!kind)
      return refuse('kind', `'${kindText}' is not a kind Regulars knows (purchase, visit, call, note…)`);
    const channelText = first(values, 'channel');
    const channel = readChannel(channelText);
    if (!channel)
      return refuse(
        'channel',
        `'${channelText}' is not a channel (in_person, phone, email, sms, social, chat, web)`,
      );
    const amountText = first(values, 'amount');
    let amountMinor: number | null = null;
    if (amountText !== '') {
      const amount = readAmount(amountText);
      if (!amount.ok) return refuse('amount', amount.reason);
      amountMinor = kind.refund ? -Math.abs(amount.minor) : amount.minor;
      if (amountMinor < 0 && kind.kind !== 'purchase')
        return refuse('amount', 'must not be negative unless it is a purchase refund');
    }
    const note = (values.get('note') ?? []).filter(Boolean).join(' · ');
    if (note.length > MAX_NOTE) return refuse('note', `is longer than ${MAX_NOTE} characters`);
    const reference = first(values, 'customer_ref');
    if (reference === '')
      return refuse('customer_ref', 'is empty: every row needs a customer code, e-mail or phone');
    const customer = customerOf(row, values, reference);
    if ('refused' in customer) return customer;
    return {
      row,
      customer,
      occurredAt: instant.at,
      kind: kind.kind,
      channel,
      amountMinor,
      note,
      externalId,
    };
  };

  return {
    interactions,
    newCustomers,
    outcomes,
    add(row) {
      const { values, problem } = row.read();
      const planned =
        problem || !values
          ? refuse(problem?.field ?? 'file', problem?.message ?? 'cannot be read')
          : plan(row.row, values);
      let outcome: RowOutcome;
      if ('refused' in planned)
        outcome = {
          row: row.row,
          action: 'reject',
          field: planned.field,
          message: planned.message,
          entry: null,
        };
      else if ('action' in planned) outcome = planned;
      else {
        interactions.push(planned);
        if (planned.externalId !== null) externalIds.set(planned.externalId, row.row);
        outcome = {
          row: row.row,
          action: 'create',
          field: '',
          message:
            'id' in planned.customer ? 'for a customer in Regulars' : 'for a customer this import creates',
          entry: interactions.length - 1,
        };
      }
      outcomes.push(outcome);
      return outcome;
    },
  };
}
