import { auditChannels } from '../../../shared/ipc/channels/audit.ts';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract.ts';
import type { AuditEntry } from '../../../shared/domain/audit.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { listAuditRows } from '../repos/audit-repo.ts';
import { parseOrThrow } from '../validate.ts';
import { recordAudit } from './audit.ts';

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR) as a formula; a leading
 * apostrophe keeps it text. Cells with a comma, quote or line break are quoted (RFC 4180).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const COLUMNS = ['seq', 'time (UTC)', 'who', 'action', 'subject', 'subject id', 'summary', 'details'];

function csvOf(entries: readonly AuditEntry[]): string {
  const lines = entries.map((entry) =>
    [
      String(entry.seq),
      new Date(entry.at).toISOString(),
      entry.actorLabel,
      entry.action,
      entry.subjectName ?? (entry.redacted ? '(erased)' : ''),
      entry.subjectId,
      entry.summary,
      entry.redacted ? '(erased)' : JSON.stringify(entry.details),
    ]
      .map(csvCell)
      .join(','),
  );
  // CRLF and a byte-order mark: what Excel needs to read UTF-8 names correctly.
  return `\uFEFF${[COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}

/** The filtered trail, oldest first, as a file; exporting is itself an entry of the trail. */
export function exportAudit(
  ctx: CoreContext,
  input: ChannelInput<'audit:export'>,
): ChannelOutput<'audit:export'> {
  const { format, ...filter } = parseOrThrow(auditChannels['audit:export'].input, input);
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) {
    throw new AppError('invalid_input', 'to: must not be before from', 'to');
  }
  const entries = listAuditRows(ctx.db, filter).reverse();
  const stamp = new Date(ctx.now()).toISOString().slice(0, 10);
  recordAudit(ctx, {
    action: 'audit.export',
    subjectType: 'audit',
    subjectId: format,
    summary: `Exported ${entries.length} audit ${entries.length === 1 ? 'entry' : 'entries'} as ${format.toUpperCase()}`,
    details: { filter, rows: entries.length },
  });
  const content =
    format === 'csv'
      ? csvOf(entries)
      : `${JSON.stringify({ exportedAt: new Date(ctx.now()).toISOString(), entries }, null, 2)}\n`;
  return {
    fileName: `regulars-audit-${stamp}.${format}`,
    mimeType: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
    content,
    rows: entries.length,
  };
}
