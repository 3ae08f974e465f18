import {
  customerInputSchema,
  type Customer,
  type CustomerFields,
  type CustomerFacts,
  type CustomerInput,
  type CustomerSummary,
} from '../../../shared/domain/customer.ts';
import { refreshSearchExtra } from '../repos/search-extra.ts';
import { getCurrentStaffId } from './session.ts';
import { normalizePhone } from '../../../shared/domain/phone.ts';
import type { CoreContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { parseOrThrow } from '../validate.ts';
import {
  currentConsents,
  findCustomerRow,
  findIdByCode,
  insertConsent,
  insertCustomer,
  replaceTags,
  searchCustomerSummaries,
  sortNameOf,
  tagsOf,
  updateCustomerRow,
  writePreferredChannel,
} from '../repos/customers-repo.ts';
import { toCustomer } from '../repos/customer-rows.ts';
import { fieldValuesOf } from '../repos/custom-fields-repo.ts';
import { readDefaultCountry } from '../repos/default-country.ts';
import { writeCustomFieldValues } from './custom-fields.ts';
import { listInteractionsOf } from '../repos/interactions-repo.ts';
import { customerFacts } from './customer-facts.ts';
import type { Interaction } from '../../../shared/domain/interaction.ts';
import { loyaltyAfterCustomerSaved } from '../loyalty/customer-hooks.ts';
import { recordAudit } from './audit.ts';
import { customerValues, fieldList, filledValues, changesBetween } from './audit-changes.ts';
import { findFieldRow } from '../repos/custom-fields-repo.ts';

/** How much of the timeline the customer page loads at once. */
export const TIMELINE_PAGE = 200;

/**
 * The row's columns; the phone is kept as typed, with E.164 read using the shop's default country.
 * An importer that has already read the phone (for duplicate matching) passes it in.
 */
export function rowFields(
  fields: Omit<CustomerFields, 'consents'>,
  defaultCountry: string,
  phone = normalizePhone(fields.phone, defaultCountry),
) {
  return {
    first_name: fields.firstName,
    last_name: fields.lastName,
    sort_name: sortNameOf(fields.firstName, fields.lastName),
    phone: fields.phone,
    phone_digits: phone.digits,
    phone_e164: phone.e164,
    email: fields.email,
    birthday: fields.birthday,
    address: fields.address,
    notes: fields.notes,
    code: fields.code === '' ? null : fields.code,
  };
}

function assertCodeFree(ctx: CoreContext, code: string, ownerId?: string): void {
  if (code === '') return;
  const holder = findIdByCode(ctx.db, code);
  if (holder !== undefined && holder !== ownerId) {
    throw new AppError('conflict', `The customer code ${code} is already used by another customer.`, 'code');
  }
}

/** Custom fields go into the audit trail by their name, which is what a reader recognises. */
function valuesForAudit(ctx: CoreContext, customer: Customer): Record<string, unknown> {
  return customerValues(customer, (id) => findFieldRow(ctx.db, id)?.name ?? id);
}

export function getCustomer(ctx: CoreContext, id: string): Customer {
  const row = findCustomerRow(ctx.db, id);
  if (!row) throw notFound('customer', id);
  return toCustomer(row, tagsOf(ctx.db, id), currentConsents(ctx.db, id), fieldValuesOf(ctx.db, id));
}

export function createCustomer(ctx: CoreContext, input: CustomerInput): Customer {
  const fields = parseOrThrow(customerInputSchema, input);
  const now = ctx.now();
  const id = newId(now);
  const created = ctx.db.transaction((): Customer => {
    assertCodeFree(ctx, fields.code);
    const staffId = getCurrentStaffId(ctx);
    insertCustomer(ctx.db, {
      id,
      ...rowFields(fields, readDefaultCountry(ctx.db)),
      created_at: now,
      updated_at: now,
      created_by: staffId,
      updated_by: staffId,
    });
    replaceTags(ctx.db, id, fields.tags);
    if (fields.preferredChannel) writePreferredChannel(ctx.db, id, fields.preferredChannel);
    writeCustomFieldValues(ctx.db, id, fields.customFields, {});
    refreshSearchExtra(ctx.db, id);
    for (const consent of fields.consents)
      insertConsent(ctx.db, { customerId: id, ...consent, recordedAt: now, staffId });
    loyaltyAfterCustomerSaved(ctx.db, id, '', fields.birthday, now);
    // Read back once, inside the transaction: the trail records it, and the caller gets it.
    const customer = getCustomer(ctx, id);
    recordAudit(ctx, {
      action: 'customer.create',
      subjectType: 'customer',
      subjectId: id,
      customerId: id,
      summary: 'Added a customer',
      details: { values: filledValues(valuesForAudit(ctx, customer)) },
    });
    return customer;
  })();
  ctx.emit('customers:changed', { ids: [id] });
  return created;
}

export function updateCustomer(ctx: CoreContext, id: string, input: CustomerInput): Customer {
  const fields = parseOrThrow(customerInputSchema, input);
  const now = ctx.now();
  const updated = ctx.db.transaction((): Customer => {
    const stored = findCustomerRow(ctx.db, id);
    if (!stored) throw notFound('customer', id);
    assertCodeFree(ctx, fields.code, id);
    const valuesBefore = valuesForAudit(ctx, getCustomer(ctx, id));
    const staffId = getCurrentStaffId(ctx);
    updateCustomerRow(ctx.db, {
      id,
      ...rowFields(fields, readDefaultCountry(ctx.db)),
      updated_at: now,
      updated_by: staffId,
    });
    replaceTags(ctx.db, id, fields.tags);
    if (fields.preferredChannel !== undefined) writePreferredChannel(ctx.db, id, fields.preferredChannel);
    // Fields left out keep their values; null or '' clears one (see writeCustomFieldValues).
    writeCustomFieldValues(ctx.db, id, fields.customFields, fieldValuesOf(ctx.db, id));
    refreshSearchExtra(ctx.db, id);
    // Consent is history: only a change of answer (or of its source) adds a row.
    const current = new Map(currentConsents(ctx.db, id).map((consent) => [consent.channel, consent]));
    for (const consent of fields.consents) {
      const before = current.get(consent.channel);
      if (before?.granted === consent.granted && before.source === consent.source) continue;
      insertConsent(ctx.db, { customerId: id, ...consent, recordedAt: now, staffId });
    }
    loyaltyAfterCustomerSaved(ctx.db, id, stored.birthday, fields.birthday, now);
    const customer = getCustomer(ctx, id);
    const changes = changesBetween(valuesBefore, valuesForAudit(ctx, customer));
    if (changes.length > 0) {
      recordAudit(ctx, {
        action: 'customer.update',
        subjectType: 'customer',
        subjectId: id,
        customerId: id,
        summary: `Edited a customer: ${fieldList(changes)}`,
        details: { changes },
      });
    }
    return customer;
  })();
  ctx.emit('customers:changed', { ids: [id] });
  return updated;
}

export function getCustomerProfile(
  ctx: CoreContext,
  id: string,
): { customer: Customer; facts: CustomerFacts; interactions: Interaction[] } {
  const customer = getCustomer(ctx, id);
  const facts = customerFacts(ctx, id);
  return { customer, facts, interactions: listInteractionsOf(ctx.db, id, TIMELINE_PAGE) };
}

export { listCustomers } from './customer-list.ts';

export function searchCustomers(ctx: CoreContext, query: string, limit: number): CustomerSummary[] {
  return searchCustomerSummaries(ctx.db, query, limit);
}
