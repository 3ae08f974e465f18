import type { ConsentRecord } from '../../../shared/ipc/channels/privacy.ts';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';
import type { CoreContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { listAuditRows } from '../repos/audit-repo.ts';
import { readLedger, readTierChanges } from '../repos/loyalty-repo.ts';
import { toCustomer } from '../repos/customer-rows.ts';
import { currentConsents, tagsOf } from '../repos/customers-repo.ts';
import { fieldValuesOf, findFieldRow } from '../repos/custom-fields-repo.ts';
import { readCustomerState } from '../repos/merge-repo.ts';
import {
  allInteractionsOf,
  consentHistoryOf,
  customerWithMerged,
  staffNamesById,
} from '../repos/privacy-repo.ts';
import { recordAudit } from './audit.ts';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const money = (minor: number | null) => (minor === null ? null : (minor / 100).toFixed(2));

function existing(ctx: CoreContext, customerId: string) {
  const state = readCustomerState(ctx.db, customerId);
  if (!state) throw notFound('customer', customerId);
  return state;
}

/** A customer's consent answers, newest first; one in the trash still has its history. */
export function listConsentHistory(ctx: CoreContext, customerId: string): ConsentRecord[] {
  existing(ctx, customerId);
  return consentHistoryOf(ctx.db, customerId);
}

/** One person's record, readable by a person: names instead of ids, dates as ISO 8601 (UTC). */
function recordOf(ctx: CoreContext, id: string, staffName: (id: string | null) => string | null) {
  const { row } = existing(ctx, id);
  const customer = toCustomer(
    row,
    tagsOf(ctx.db, id),
    currentConsents(ctx.db, id),
    fieldValuesOf(ctx.db, id),
  );
  const customFields = Object.fromEntries(
    Object.entries(customer.customFields).map(([fieldId, value]) => [
      findFieldRow(ctx.db, fieldId)?.name ?? fieldId,
      value,
    ]),
  );
  return {
    details: {
      id: customer.id,
      firstName: customer.firstName,
      lastName: customer.lastName,
      phone: customer.phone,
      phoneE164: customer.phoneE164,
      email: customer.email,
      birthday: customer.birthday,
      address: customer.address,
      notes: customer.notes,
      customerCode: customer.code,
      tags: customer.tags,
      customFields,
      addedAt: iso(customer.createdAt),
      addedBy: staffName(customer.createdBy),
      lastChangedAt: iso(customer.updatedAt),
      lastChangedBy: staffName(customer.updatedBy),
      inTrashSince: iso(row.deleted_at),
    },
    consentHistory: consentHistoryOf(ctx.db, id).map((consent) => ({
      channel: consent.channel,
      answer: consent.granted ? 'agreed' : 'declined',
      source: consent.source,
      recordedAt: iso(consent.recordedAt),
      recordedBy: staffName(consent.staffId),
    })),
    interactions: allInteractionsOf(ctx.db, id).map((interaction) => ({
      when: iso(interaction.occurred_at),
      kind: interaction.kind,
      channel: interaction.channel,
      amount: money(interaction.amount_minor),
      note: interaction.note,
      servedBy: staffName(interaction.staff_id),
      csat: interaction.csat,
      nps: interaction.nps,
      ces: interaction.ces,
      removed: interaction.deleted_at !== null,
    })),
    loyaltyPoints: readLedger(ctx.db, id).map((entry) => ({
      when: iso(entry.at),
      kind: entry.kind,
      points: entry.points,
      reward: entry.reward_name,
      reason: entry.reason,
      by: staffName(entry.staff_id),
    })),
    tierChanges: readTierChanges(ctx.db, id, Number.MAX_SAFE_INTEGER).map((change) => ({
      when: iso(change.at),
      from: change.from_name,
      to: change.to_name,
      reason: change.reason,
    })),
  };
}

/**
 * Everything Regulars holds about a customer, including anyone merged into them and what the
 * audit trail recorded about them: the answer to a subject access request. Exporting is audited.
 */
export function exportCustomerData(ctx: CoreContext, customerId: string): ChannelOutput<'privacy:export'> {
  existing(ctx, customerId);
  const names = staffNamesById(ctx.db);
  const staffName = (id: string | null) => (id === null ? null : (names.get(id) ?? 'a former staff member'));
  const [self, ...merged] = customerWithMerged(ctx.db, customerId).map((id) => recordOf(ctx, id, staffName));
  const now = ctx.now();
  const history = listAuditRows(ctx.db, { customerId })
    .reverse()
    .map((entry) => ({
      when: iso(entry.at),
      who: entry.actorLabel,
      what: entry.summary,
      ...(entry.redacted ? {} : entry.details),
    }));
  recordAudit(ctx, {
    action: 'customer.export',
    subjectType: 'customer',
    subjectId: customerId,
    customerId,
    summary: 'Exported everything held about a customer (privacy request)',
  });
  const document = {
    about: 'Everything Regulars holds about this customer, exported at their request.',
    exportedAt: iso(now),
    customer: self?.details,
    consentHistory: self?.consentHistory,
    interactions: self?.interactions,
    loyaltyPoints: self?.loyaltyPoints,
    tierChanges: self?.tierChanges,
    mergedRecords: merged,
    changeHistory: history,
  };
  const name = [self?.details.firstName, self?.details.lastName].filter(Boolean).join('-') || 'customer';
  return {
    fileName: `regulars-${name.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, '-')}-${iso(now)?.slice(0, 10)}.json`,
    mimeType: 'application/json',
    content: `${JSON.stringify(document, null, 2)}\n`,
  };
}
