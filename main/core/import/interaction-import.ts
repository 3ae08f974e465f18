import type { ImportOptions } from '../../../shared/domain/imports.ts';
import type { Db } from '../db/open.ts';
import { findCustomerRow } from '../repos/customers-repo.ts';
import { listFieldRows } from '../repos/custom-fields-repo.ts';
import { readDefaultCountry } from '../repos/default-country.ts';
import { loadCustomerIndex } from './customer-index.ts';
import { dateOrders, presetFor, requireColumns, resolveMapping } from './import-mapping.ts';
import { PREVIEW_ROWS } from './import-report.ts';
import { applyInteractionPlan } from './interaction-apply.ts';
import {
  createInteractionPlanner,
  type InteractionPlanner,
  type PlannedInteraction,
} from './interaction-plan.ts';
import { previewOf, rawPreview, type PlanState, type PreparedImport } from './plan-state.ts';
import { readTable } from './read-table.ts';
import { csvSourceRows } from './source-rows.ts';
import type { Step } from './steps.ts';

const PROGRESS_EVERY = 5000;
const pad = (n: number) => String(n).padStart(2, '0');

function localText(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function previewValues(
  db: Db,
  planner: InteractionPlanner,
  planned: PlannedInteraction,
): Record<string, string> {
  let customer = `new: ${'newIndex' in planned.customer ? (planner.newCustomers[planned.customer.newIndex]?.reference ?? '') : ''}`;
  if ('id' in planned.customer) {
    const row = findCustomerRow(db, planned.customer.id);
    customer = row ? `${row.first_name} ${row.last_name}`.trim() : '';
  }
  const values: Record<string, string> = {
    Customer: customer,
    When: localText(planned.occurredAt),
    Kind: planned.kind,
  };
  if (planned.amountMinor !== null) values.Amount = (planned.amountMinor / 100).toFixed(2);
  if (planned.note !== '') values.Note = planned.note;
  if (planned.externalId !== null) values['External ID'] = planned.externalId;
  return values;
}

export function prepareInteractionCsv(db: Db, bytes: Uint8Array, options: ImportOptions): PreparedImport {
  const table = readTable(bytes, options.encoding, options.delimiter);
  const mapping = resolveMapping(
    table.headers,
    'interactions',
    options.mapping,
    presetFor(table.headers, options.preset),
    [],
  );
  requireColumns('interactions', mapping);
  const orders = dateOrders(
    table.headers,
    mapping,
    table.records,
    options.dateOrder,
    new Map(listFieldRows(db, true).map((f) => [f.id, f])),
  );
  const rows = csvSourceRows(table.records, mapping, ',');
  function* plan(target: Db): Generator<Step, PlanState> {
    const country = readDefaultCountry(target);
    const planner = createInteractionPlanner(target, loadCustomerIndex(target), {
      createMissing: options.createMissing,
      order: orders.get('occurred_at'),
      country,
    });
    const preview: PlanState['preview'] = [];
    for (const [index, row] of rows.entries()) {
      const outcome = planner.add(row);
      if (preview.length < PREVIEW_ROWS) {
        const planned = outcome.entry === null ? undefined : planner.interactions[outcome.entry];
        preview.push(
          previewOf(row, outcome, planned ? previewValues(target, planner, planned) : rawPreview(row)),
        );
      }
      if (index % PROGRESS_EVERY === PROGRESS_EVERY - 1)
        yield { phase: 'checking', done: index + 1, total: rows.length };
    }
    return {
      outcomes: planner.outcomes,
      preview,
      customersCreated: planner.newCustomers.length,
      *apply(writeDb, stamp) {
        const written = yield* applyInteractionPlan(writeDb, planner, {
          ...stamp,
          country,
          earnPoints: options.earnPoints,
        });
        return { customerIds: written.customerIds, interactions: written.interactions };
      },
    };
  }
  return { headers: table.headers, rows, plan };
}
