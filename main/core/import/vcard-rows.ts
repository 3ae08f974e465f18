import type { EncodingChoice } from '../../../shared/domain/import-targets.ts';
import { AppError } from '../errors.ts';
import type { RawValues } from './customer-candidate.ts';
import { decodeBytes, type DecodedText } from './decode-bytes.ts';
import { cellProblem } from './read-table.ts';
import { readSourceRow, type SourceRow } from './source-rows.ts';
import { parseVcards, type VCardContact } from './vcard-read.ts';

/** What the rejected-rows file shows of a card. */
export const VCARD_HEADERS = ['Name', 'Phones', 'E-mails'] as const;

function valuesOf(contact: VCardContact): RawValues {
  const [address, ...otherAddresses] = contact.addresses;
  return new Map<string, string[]>([
    ['first_name', [contact.firstName]],
    ['last_name', [contact.lastName]],
    // A card for a business may carry only its organisation.
    ['full_name', [contact.fullName || contact.org]],
    ['phone', contact.phones],
    ['email', contact.emails],
    ['birthday', [contact.birthday]],
    ['address', address === undefined ? [] : [address]],
    ['notes', [...contact.notes, ...otherAddresses.map((other) => `Other address: ${other}`)]],
    ['tags', contact.categories],
  ]);
}

/** Every card as a row to plan; a card that never ends is a rejected row. */
export function vcardSourceRows(bytes: Uint8Array, encoding: EncodingChoice): SourceRow[] {
  return readVcards(bytes, encoding).rows;
}

/** The cards, and how the file's text was read. */
export function readVcards(
  bytes: Uint8Array,
  encoding: EncodingChoice,
): { rows: SourceRow[]; decoded: DecodedText } {
  const decoded = decodeBytes(bytes, encoding);
  const { text } = decoded;
  const { contacts, problems } = parseVcards(text);
  if (contacts.length === 0 && problems.length === 0) {
    throw new AppError('invalid_input', 'file: there is no vCard in this file (no BEGIN:VCARD line)', 'file');
  }
  const rows: SourceRow[] = contacts.map((contact) => {
    const cells = [
      contact.fullName || `${contact.firstName} ${contact.lastName}`.trim(),
      contact.phones.join(', '),
      contact.emails.join(', '),
    ];
    const values = valuesOf(contact);
    for (const [target, texts] of values) {
      const problem = texts.map(cellProblem).find((message) => message !== null);
      if (problem)
        return readSourceRow(contact.row, cells, {
          values: null,
          problem: { field: target, message: problem },
        });
    }
    return readSourceRow(contact.row, cells, { values, problem: null });
  });
  for (const problem of problems)
    rows.push(
      readSourceRow(problem.row, [], { values: null, problem: { field: 'file', message: problem.message } }),
    );
  return { rows: rows.sort((a, b) => a.row - b.row), decoded };
}
