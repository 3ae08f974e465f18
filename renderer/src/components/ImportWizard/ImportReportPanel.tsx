import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ImportReport } from '../../../../shared/domain/imports.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { notifyFailed } from '../BulkActions/notify.tsx';
import { downloadFile } from '../Download/download.ts';

const SHOWN_ERRORS = 5;

function headline(report: ImportReport): string {
  const things = report.kind === 'interactions' ? 'purchases and visits' : 'customers';
  const counts = `${report.imported} new ${things}, ${report.updated} updated, ${report.skipped} skipped, ${report.rejected} rejected`;
  return report.dryRun ? `The import would bring in ${counts}.` : `Imported ${counts}.`;
}

/** What an import (or its dry run) did, with the rejected rows to download and fix. */
export function ImportReportPanel({
  report,
  jobId,
  children,
}: {
  report: ImportReport;
  jobId: string;
  children?: React.ReactNode;
}) {
  const call = useCall();
  const [downloading, setDownloading] = useState(false);
  const downloadRejects = async () => {
    setDownloading(true);
    try {
      const { fileName, csv } = await call('imports:rejects', { jobId });
      downloadFile([csv], fileName, 'text/csv;charset=utf-8');
    } catch (error) {
      notifyFailed(error, 'Could not make the file of rejected rows');
    } finally {
      setDownloading(false);
    }
  };
  return (
    <Stack>
      <Alert
        color={report.rejected > 0 ? 'yellow' : 'teal'}
        title={report.dryRun ? 'Dry run: nothing has been changed yet' : 'Import finished'}
      >
        <Text role="status">{headline(report)}</Text>
        {report.customersCreated > 0 && (
          <Text>{report.customersCreated} customers are new, made for references nobody had.</Text>
        )}
      </Alert>
      {report.errors.length > 0 && (
        <List size="sm" aria-label="Rejected rows">
          {report.errors.slice(0, SHOWN_ERRORS).map((error) => (
            <List.Item key={error.row}>
              Row {error.row}: {error.field && error.field !== 'file' ? `${error.field}: ` : ''}
              {error.message}
            </List.Item>
          ))}
          {report.rejected > SHOWN_ERRORS && (
            <List.Item>… and {report.rejected - SHOWN_ERRORS} more in the file below.</List.Item>
          )}
        </List>
      )}
      <Group>
        {report.rejected > 0 && (
          <Button variant="light" loading={downloading} onClick={() => void downloadRejects()}>
            Download rejected rows (CSV)
          </Button>
        )}
        {children}
      </Group>
    </Stack>
  );
}
