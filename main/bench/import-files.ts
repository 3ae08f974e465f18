import { csvLine } from '../core/export/csv-write.ts';
import type { Shop } from '../core/demo/generate-shop.ts';

// The files the import benchmark reads, written from the generated shop the way a till or
// another CRM would: a customer list with a code for everyone, and purchase history by code.

const pad = (n: number) => String(n).padStart(2, '0');

export const codeOf = (index: number) => `B-${String(index + 1).padStart(7, '0')}`;

export function customersCsv(shop: Shop): Uint8Array {
  const pieces = [
    csvLine([
      'First Name',
      'Last Name',
      'Phone',
      'Email',
      'Birthday',
      'Address',
      'Notes',
      'Tags',
      'Customer Code',
    ]),
  ];
  shop.customers.forEach(({ input: c }, index) => {
    pieces.push(
      csvLine([
        c.firstName,
        c.lastName,
        c.phone,
        c.email,
        c.birthday,
        c.address,
        c.notes,
        c.tags.join(', '),
        codeOf(index),
      ]),
    );
  });
  return new TextEncoder().encode(pieces.join(''));
}

function localTime(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function interactionsCsv(shop: Shop): Uint8Array {
  const pieces = [csvLine(['customer_ref', 'occurred_at', 'kind', 'amount', 'note', 'external_id'])];
  let n = 0;
  for (const { customerIndex, input } of shop.interactions) {
    const amount = input.amountMinor === null ? '' : (input.amountMinor / 100).toFixed(2);
    pieces.push(
      csvLine([
        codeOf(customerIndex),
        localTime(input.occurredAt),
        input.kind,
        amount,
        input.note,
        `T${++n}`,
      ]),
    );
  }
  return new TextEncoder().encode(pieces.join(''));
}
