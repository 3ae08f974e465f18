import type { AuditChange } from '../../../shared/domain/audit.ts';
import type { Customer } from '../../../shared/domain/customer.ts';
import type { Interaction } from '../../../shared/domain/interaction.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Field by field, what changed: the edit as the audit trail shows it (field, old, new). */
export function changesBetween(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): AuditChange[] {
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return fields.flatMap((field) =>
    same(before[field], after[field])
      ? []
      : [{ field, old: before[field] ?? null, new: after[field] ?? null }],
  );
}

/** What a user typed about a customer, flattened so an edit lists each field on its own. */
export function customerValues(
  customer: Customer,
  fieldName: (id: string) => string,
): Record<string, unknown> {
  const values: Record<string, unknown> = {
    firstName: customer.firstName,
    lastName: customer.lastName,
    phone: customer.phone,
    email: customer.email,
    birthday: customer.birthday,
    address: customer.address,
    notes: customer.notes,
    code: customer.code,
    preferredChannel: customer.preferredChannel,
    tags: [...customer.tags].sort(),
  };
  for (const consent of customer.consents) {
    values[`consent.${consent.channel}`] = { granted: consent.granted, source: consent.source };
  }
  for (const [id, value] of Object.entries(customer.customFields)) values[`field.${fieldName(id)}`] = value;
  return values;
}

/** A new customer's filled-in values only: empty fields say nothing. */
export function filledValues(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(
      ([, value]) => value !== '' && value !== null && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

export function interactionValues(interaction: Interaction): Record<string, unknown> {
  return {
    kind: interaction.kind,
    occurredAt: interaction.occurredAt,
    channel: interaction.channel,
    amountMinor: interaction.amountMinor,
    note: interaction.note,
    staffId: interaction.staffId,
    csat: interaction.csat,
    nps: interaction.nps,
    ces: interaction.ces,
  };
}

/** "phone, email, +2 more": a summary names a few fields, never their values. */
export function fieldList(changes: readonly AuditChange[], shown = 4): string {
  const names = changes.map((change) => change.field);
  const extra = names.length - shown;
  return extra > 0 ? `${names.slice(0, shown).join(', ')}, +${extra} more` : names.join(', ');
}
