import type { ImportReport } from '../../../shared/domain/imports.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const SHOWN = 10;

/** "Imported 2 customers, updated 1, skipped 0, rejected 1." and the first problems, by row. */
export function importSummary(report: ImportReport, rejectsFile: string | undefined): string {
  const what = report.kind === 'interactions' ? ['interaction', 'interactions'] : ['customer', 'customers'];
  const verb = report.dryRun ? 'Would import' : 'Imported';
  const lines = [
    `${verb} ${plural(report.imported, what[0] ?? '', what[1] ?? '')}, updated ${report.updated}, skipped ${report.skipped}, rejected ${report.rejected}.`,
  ];
  if (report.customersCreated > 0)
    lines.push(
      `${plural(report.customersCreated, 'customer was', 'customers were')} created for references nobody had.`,
    );
  for (const error of report.errors.slice(0, SHOWN))
    lines.push(`  row ${error.row}: ${error.field ? `${error.field}: ` : ''}${error.message}`);
  if (report.rejected > SHOWN)
    lines.push(
      `  … and ${report.rejected - SHOWN} more${rejectsFile ? '' : ' (--rejects FILE writes them all)'}`,
    );
  if (rejectsFile !== undefined) lines.push(`Rejected rows written to ${rejectsFile}.`);
  if (report.dryRun) lines.push('Dry run: nothing was changed.');
  else if (report.importId !== null) lines.push(`Undo with: regulars import undo ${report.importId}`);
  return lines.join('\n');
}
