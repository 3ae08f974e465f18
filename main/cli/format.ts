import type { Customer, CustomerSummary } from '../../shared/domain/customer.ts';
import { fullName } from '../../shared/domain/customer.ts';
import type { Interaction } from '../../shared/domain/interaction.ts';
import { formatMinorPlain } from '../../shared/domain/money.ts';
import { TIMELINE_PAGE } from '../core/services/customers.ts';

// Human output: plain text that reads well in a terminal and survives copy and paste.

/** Local wall-clock time, minutes precision: what a shopkeeper means by "when". */
export function formatWhen(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** Left-aligned columns separated by two spaces; widths count characters, not UTF-16 units. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = (text: string) => [...text].length;
  const widths = header.map((title, column) =>
    Math.max(width(title), ...rows.map((row) => width(row[column] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - width(cell)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

export function customerTable(customers: readonly CustomerSummary[]): string {
  return table(
    ['ID', 'NAME', 'PHONE', 'EMAIL', 'CODE', 'LAST VISIT'],
    customers.map((c) => [
      c.id,
      fullName(c),
      c.phone,
      c.email,
      c.code,
      c.lastVisitAt === null ? '' : formatWhen(c.lastVisitAt),
    ]),
  );
}

export function interactionLine(interaction: Interaction): string {
  const parts = [
    formatWhen(interaction.occurredAt),
    interaction.kind,
    interaction.channel,
    interaction.amountMinor === null ? '' : formatMinorPlain(interaction.amountMinor),
    interaction.note,
  ];
  return parts.filter((part) => part !== '').join('  ');
}

export function customerProfile(customer: Customer, interactions: readonly Interaction[]): string {
  const fields: [string, string][] = [
    ['ID', customer.id],
    ['Phone', customer.phone],
    ['E-mail', customer.email],
    ['Birthday', customer.birthday],
    ['Address', customer.address],
    ['Code', customer.code],
    ['Tags', customer.tags.join(', ')],
    ['Notes', customer.notes],
    [
      'Consent',
      customer.consents
        .map((consent) => `${consent.channel} ${consent.granted ? 'yes' : 'no'} (${consent.source})`)
        .join(', '),
    ],
    ['Added', formatWhen(customer.createdAt)],
  ];
  const shown = fields.filter(([, value]) => value !== '');
  const labelWidth = Math.max(...shown.map(([label]) => label.length));
  const lines = [
    fullName(customer),
    ...shown.map(([label, value]) => `  ${`${label}:`.padEnd(labelWidth + 1)}  ${value}`),
    '',
    interactions.length === 0
      ? 'No interactions yet.'
      : interactions.length < TIMELINE_PAGE
        ? `Timeline (newest first, ${interactions.length}):`
        : `Timeline (the latest ${TIMELINE_PAGE}, newest first):`,
    ...interactions.map((interaction) => `  ${interactionLine(interaction)}`),
  ];
  return lines.join('\n');
}
