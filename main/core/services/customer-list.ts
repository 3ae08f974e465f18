import type { CustomerSummary } from '../../../shared/domain/customer.ts';
import {
  customerListQuerySchema,
  type CustomerListQuery,
  type CustomerSort,
} from '../../../shared/domain/customer-query.ts';
import type { CoreContext } from '../context.ts';
import { prepared } from '../db/statements.ts';
import { toCustomerSummary, type DbCustomerSummary } from '../repos/customer-rows.ts';
import { countLiveCustomers, SUMMARY_COLUMNS } from '../repos/customers-repo.ts';
import { parseOrThrow } from '../validate.ts';
import {
  countSql,
  filterSql,
  isUnfiltered,
  whereOf,
  type FilterShape,
  type FilterSql,
  type Params,
} from './customer-filters.ts';

/**
 * Each sort walks its own partial index (migrations 10 and 20) forwards or backwards, with the
 * index's tie-break, so a page of 100k customers costs one short index scan and no sorting.
 * Customers who never visited come last either way: SQLite reads NULLS LAST from the index in
 * two passes rather than sorting.
 */
const SORTS: Record<CustomerSort, { index: string; asc: string; desc: string }> = {
  name: { index: 'customers_by_sort_name', asc: 'c.sort_name, c.seq', desc: 'c.sort_name DESC, c.seq DESC' },
  lastVisit: {
    index: 'customers_by_last_visit',
    asc: 'c.last_visit_at NULLS LAST, c.id',
    desc: 'c.last_visit_at DESC NULLS LAST, c.id DESC',
  },
  visits: {
    index: 'customers_by_visit_count',
    asc: 'c.visit_count, c.id',
    desc: 'c.visit_count DESC, c.id DESC',
  },
  spend: {
    index: 'customers_by_spend',
    asc: 'c.total_spend_minor, c.id',
    desc: 'c.total_spend_minor DESC, c.id DESC',
  },
};

/** Above this many matches a filtered page walks the sort's index, testing each customer on its way. */
const DENSE_MATCHES = 2000;

/**
 * The page statement for a sort and filters. Without filters the page is read through the sort's
 * index (forced, so the plan cannot regress). With filters there are two good plans: with many
 * matches, walk the sort's index and test each customer (a page of a filter matching 20% reads
 * about 250 rows); with few, collect the matches and sort them. SQLite cannot tell which without
 * statistics, but the total is known by then, so it is told. Either way only row numbers are
 * sorted; the summary columns (a subquery for the tags) are computed for the page's rows alone.
 */
export function pageSql(
  sort: CustomerSort,
  direction: 'asc' | 'desc',
  filters: FilterShape,
  walkIndex: boolean,
): string {
  const { index, asc, desc } = SORTS[sort];
  const order = direction === 'asc' ? asc : desc;
  const where = whereOf(filters);
  if (isUnfiltered(filters)) {
    return `SELECT ${SUMMARY_COLUMNS} FROM customers c INDEXED BY ${index} WHERE ${where}
            ORDER BY ${order} LIMIT @limit OFFSET @offset`;
  }
  const from = walkIndex ? `customers c INDEXED BY ${index}` : 'customers c';
  return `SELECT ${SUMMARY_COLUMNS} FROM customers c WHERE c.seq IN (
            SELECT c.seq FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset)
          ORDER BY ${order}`;
}

function countMatches(ctx: CoreContext, filters: FilterSql): number {
  if (isUnfiltered(filters)) return countLiveCustomers(ctx.db);
  const { sql, fromLive } = countSql(filters);
  const n = prepared<Params, { n: number }>(ctx.db, sql).get(filters.params)?.n ?? 0;
  return fromLive ? countLiveCustomers(ctx.db) - n : n;
}

/**
 * One page of the customers list, sorted and filtered in SQLite, and the number of customers
 * that pass the filters (without filters, the cheap live count).
 */
export function listCustomers(
  ctx: CoreContext,
  input: CustomerListQuery,
): { items: CustomerSummary[]; total: number } {
  const query = parseOrThrow(customerListQuerySchema, input);
  const filters = filterSql(ctx.db, query.filter);
  if (filters === null) return { items: [], total: 0 };
  const total = countMatches(ctx, filters);
  if (total <= query.offset) return { items: [], total };
  // Ranges on the row have indexes of their own that SQLite weighs well; the sets it cannot size.
  const bySets = filters.sets.length + filters.excluded.length > 0;
  const sql = pageSql(query.sort, query.direction, filters, bySets && total > DENSE_MATCHES);
  const items = prepared<Params, DbCustomerSummary>(ctx.db, sql)
    .all({ ...filters.params, limit: query.limit, offset: query.offset })
    .map(toCustomerSummary);
  return { items, total };
}
