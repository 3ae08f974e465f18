import { dayOf } from '../../../shared/domain/calendar-days.ts';
import type { CustomerSet, CustomerSetInput } from '../../../shared/domain/customer-set.ts';
import { toCsv, type CsvCell } from '../../../shared/domain/csv.ts';
import { formatMinorPlain } from '../../../shared/domain/money.ts';
import { bulkTag } from '../services/bulk-tags.ts';
import { journalExport } from '../services/exports.ts';
import type { CoreContext } from '../context.ts';
import { prepared } from '../db/statements.ts';
import { TAG_SEPARATOR } from '../repos/customer-rows.ts';
import { customerSetSql, parseSet, setCustomerIds } from './customer-sets.ts';
import { todayOf } from './period.ts';

const HEADER = [
  'First name',
  'Last name',
  'E-mail',
  'Phone',
  'Customer code',
  'Tags',
  'Visits',
  'First visit',
  'Last visit',
  'Total spend',
  'E-mail consent',
  'SMS consent',
  'Phone consent',
  'Post consent',
];

interface ExportRow {
  first_name: string;
  last_name: string;
  email: string;
  phone: string;
  code: string | null;
  tag_list: string | null;
  visit_count: number;
  first_visit_at: number | null;
  last_visit_at: number | null;
  total_spend_minor: number;
  email_consent: 0 | 1 | null;
  sms_consent: 0 | 1 | null;
  phone_consent: 0 | 1 | null;
  post_consent: 0 | 1 | null;
}

// The consent in force per channel is the latest answer recorded for it; none means "no".
const consent = (channel: string) => `(SELECT granted FROM customer_consents cc
  WHERE cc.customer_id = c.id AND cc.channel = '${channel}' ORDER BY cc.recorded_at DESC LIMIT 1) AS ${channel}_consent`;

const COLUMNS = `c.first_name, c.last_name, c.email, c.phone, c.code,
  (SELECT group_concat(t.name, char(31)) FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
    WHERE ct.customer_id = c.id) AS tag_list,
  c.visit_count, c.first_visit_at, c.last_visit_at, c.total_spend_minor,
  ${['email', 'sms', 'phone', 'post'].map(consent).join(',\n  ')}`;

const yesNo = (granted: 0 | 1 | null) => (granted === 1 ? 'yes' : 'no');
const day = (ms: number | null) => (ms === null ? '' : dayOf(ms));

function cells(row: ExportRow): CsvCell[] {
  return [
    row.first_name,
    row.last_name,
    row.email,
    row.phone,
    row.code ?? '',
    (row.tag_list ?? '').split(TAG_SEPARATOR).join(', '),
    row.visit_count,
    day(row.first_visit_at),
    day(row.last_visit_at),
    formatMinorPlain(row.total_spend_minor),
    yesNo(row.email_consent),
    yesNo(row.sms_consent),
    yesNo(row.phone_consent),
    yesNo(row.post_consent),
  ];
}

function fileStem(set: CustomerSet): string {
  switch (set.kind) {
    case 'filter':
      return 'segment';
    case 'segment':
      return 'segment';
    case 'rfm':
      return `rfm-${set.segment}`;
    case 'figure':
      return `${set.figure}-${set.period.from}-to-${set.period.to}`;
    case 'cohort':
      return `cohort-${set.month}-plus-${set.monthsSince}`;
    case 'tier':
      return set.tier === null ? 'no-tier' : `tier-${set.tier.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  }
}

/** Every customer of a set as CSV, by name, with the consent in force for each channel. */
export function exportSet(
  ctx: CoreContext,
  input: { set: CustomerSetInput },
): { filename: string; csv: string; rows: number } {
  const set = parseSet(input.set);
  const { sql, params } = customerSetSql(ctx, set);
  const rows = prepared<object, ExportRow>(
    ctx.db,
    `SELECT ${COLUMNS} FROM customers c WHERE c.seq IN (${sql}) ORDER BY c.sort_name, c.seq`,
  ).all(params);
  // Journaled and audited like any other contact list leaving the app (no customer values kept).
  journalExport(ctx, { format: 'csv', preset: 'contacts', scope: { kind: 'set', set }, rows: rows.length });
  return {
    filename: `regulars-${fileStem(set)}-${todayOf(ctx)}.csv`,
    csv: toCsv(HEADER, rows.map(cells)),
    rows: rows.length,
  };
}

/** Tags or untags every customer of a set, through the list's bulk tagging (same undo). */
export function tagSet(
  ctx: CoreContext,
  input: { set: CustomerSetInput; tag: string; action: 'add' | 'remove' },
): { changedIds: string[] } {
  const ids = setCustomerIds(ctx, parseSet(input.set));
  if (ids.length === 0) return { changedIds: [] };
  return bulkTag(ctx, { ids, tag: input.tag, action: input.action });
}
