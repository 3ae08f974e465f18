import type { ImportOptions } from '../../../shared/domain/imports.ts';
import type { Db } from '../db/open.ts';
import { listFieldRows } from '../repos/custom-fields-repo.ts';
import { readDefaultCountry } from '../repos/default-country.ts';
import { applyCustomerPlan } from './customer-apply.ts';
import { toCandidate, type CandidateContext } from './customer-candidate.ts';
import { loadCustomerIndex } from './customer-index.ts';
import { createCustomerPlanner, type CustomerPlanner } from './customer-plan.ts';
import { createPhoneReader } from './phone-reader.ts';
import { dateOrders, presetFor, requireColumns, resolveMapping, tagSeparatorFor } from './import-mapping.ts';
import { customerPreview, PREVIEW_ROWS } from './import-report.ts';
import { previewOf, rawPreview, type PlanState, type PreparedImport } from './plan-state.ts';
import { readTable } from './read-table.ts';
import { csvSourceRows, firstPhones, type SourceRow } from './source-rows.ts';
import type { Step } from './steps.ts';
import { vcardSourceRows, VCARD_HEADERS } from './vcard-rows.ts';

const PROGRESS_EVERY = 1000;

/** Each row to its outcome, in the file's order; returns the preview of the first rows. */
function* planEachRow(
  rows: readonly SourceRow[],
  planner: CustomerPlanner,
  context: CandidateContext,
  fieldNames: ReadonlyMap<string, string>,
): Generator<Step, PlanState['preview']> {
  const preview: PlanState['preview'] = [];
  for (const [index, row] of rows.entries()) {
    let outcome;
    const { values, problem } = row.read();
    if (problem || !values)
      outcome = planner.reject(row.row, problem?.field ?? 'file', problem?.message ?? 'cannot be read');
    else {
      const read = toCandidate(values, context);
      outcome = read.ok
        ? planner.add(row.row, read.candidate)
        : planner.reject(row.row, read.field, read.message);
    }
    if (preview.length < PREVIEW_ROWS) {
      const entry = outcome.entry === null ? undefined : planner.entries[outcome.entry];
      const values =
        entry && outcome.action !== 'skip'
          ? customerPreview(entry.fields, entry.consents, fieldNames)
          : rawPreview(row);
      preview.push(previewOf(row, outcome, values));
    }
    if (index % PROGRESS_EVERY === PROGRESS_EVERY - 1)
      yield { phase: 'checking', done: index + 1, total: rows.length };
  }
  return preview;
}

/**
 * Plans customer rows (from a CSV or from vCards) against the database as it is now.
 * `phonesAhead`: each row's first phone number, read ahead on a worker thread (see phone-reader.ts).
 */
export function* planCustomerRows(
  db: Db,
  rows: readonly SourceRow[],
  options: Pick<ImportOptions, 'onDuplicate'>,
  context: Omit<CandidateContext, 'fields' | 'now'>,
  now: number,
  phonesAhead: readonly string[] = [],
): Generator<Step, PlanState> {
  const fieldRows = listFieldRows(db, true);
  const fields = new Map(fieldRows.map((field) => [field.id, field]));
  const fieldNames = new Map(fieldRows.map((field) => [field.id, field.name]));
  const country = readDefaultCountry(db);
  const phones = createPhoneReader(country, phonesAhead);
  const planner = createCustomerPlanner(db, loadCustomerIndex(db), options.onDuplicate, phones);
  let preview: PlanState['preview'];
  try {
    preview = yield* planEachRow(rows, planner, { ...context, fields, now }, fieldNames);
  } finally {
    // Done, cancelled or failed: the worker stops. What it read serves the saving.
    phones.stopAhead();
  }
  return {
    outcomes: planner.outcomes,
    preview,
    customersCreated: 0,
    *apply(target, stamp) {
      const { created, updated } = yield* applyCustomerPlan(
        target,
        planner.entries,
        { ...stamp, country },
        (phone) => planner.phoneOf(phone),
      );
      return { customerIds: [...created, ...updated], interactions: 0 };
    },
  };
}

const consentSourceOf = (fileName: string) => `import of ${fileName}`.slice(0, 80);

export function prepareCustomerCsv(
  db: Db,
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions,
): PreparedImport {
  const table = readTable(bytes, options.encoding, options.delimiter);
  const fieldRows = listFieldRows(db, true);
  const preset = presetFor(table.headers, options.preset);
  const mapping = resolveMapping(table.headers, 'customers', options.mapping, preset, fieldRows);
  requireColumns('customers', mapping);
  const separator = tagSeparatorFor(db, options.tagSeparator, preset);
  const orders = dateOrders(
    table.headers,
    mapping,
    table.records,
    options.dateOrder,
    new Map(fieldRows.map((f) => [f.id, f])),
  );
  const rows = csvSourceRows(table.records, mapping, separator);
  return {
    headers: table.headers,
    rows,
    plan: (target, now) =>
      planCustomerRows(
        target,
        rows,
        options,
        { orders, consentSource: consentSourceOf(fileName) },
        now,
        firstPhones(table.records, mapping),
      ),
  };
}

export function prepareVcards(bytes: Uint8Array, fileName: string, options: ImportOptions): PreparedImport {
  const rows = vcardSourceRows(bytes, options.encoding);
  return {
    headers: [...VCARD_HEADERS],
    rows,
    plan: (target, now) =>
      planCustomerRows(
        target,
        rows,
        options,
        { orders: new Map(), consentSource: consentSourceOf(fileName) },
        now,
      ),
  };
}
