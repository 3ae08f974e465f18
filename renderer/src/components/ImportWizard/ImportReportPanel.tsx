import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ImportReport } from '../../../../shared/domain/imports.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { notifyFailed } from '../BulkActions/notify.tsx';
import { translateMessage } from '../../format/messages.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { downloadFile } from '../Download/download.ts';
import { messages } from './ImportWizard.messages.ts';

const SHOWN_ERRORS = 5;

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
  const m = useMessages(messages);
  const call = useCall();
  const [downloading, setDownloading] = useState(false);
  const downloadRejects = async () => {
    setDownloading(true);
    try {
      const { fileName, csv } = await call('imports:rejects', { jobId });
      downloadFile([csv], fileName, 'text/csv;charset=utf-8');
    } catch (error) {
      notifyFailed(error, m.rejectsNotMade);
    } finally {
      setDownloading(false);
    }
  };
  return (
    <Stack>
      <Alert
        color={report.rejected > 0 ? 'yellow' : 'teal'}
        title={report.dryRun ? m.dryRunTitle : m.importFinished}
      >
        <Text role="status">
          {m.headline(
            report.dryRun,
            report.kind === 'interactions',
            report.imported,
            report.updated,
            report.skipped,
            report.rejected,
          )}
        </Text>
        {report.customersCreated > 0 && <Text>{m.customersCreated(report.customersCreated)}</Text>}
      </Alert>
      {report.errors.length > 0 && (
        <List size="sm" aria-label={m.rejectedRows}>
          {report.errors.slice(0, SHOWN_ERRORS).map((error) => (
            <List.Item key={error.row}>
              {m.rowError(
                error.row,
                error.field && error.field !== 'file' ? error.field : '',
                translateMessage(error.message),
              )}
            </List.Item>
          ))}
          {report.rejected > SHOWN_ERRORS && (
            <List.Item>{m.andMore(report.rejected - SHOWN_ERRORS)}</List.Item>
          )}
        </List>
      )}
      <Group>
        {report.rejected > 0 && (
          <Button variant="light" loading={downloading} onClick={() => void downloadRejects()}>
            {m.downloadRejects}
          </Button>
        )}
        {children}
      </Group>
    </Stack>
  );
}
