import { Alert, Button, Group, Stack, Stepper } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ImportKind } from '../../../../shared/domain/import-targets.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import { useCustomFields } from '../../query/useCustomFields.ts';
import { JobProgress } from '../JobProgress/JobProgress.tsx';
import { ColumnsStep } from './ColumnsStep.tsx';
import { FileStep } from './FileStep.tsx';
import { ImportReportPanel } from './ImportReportPanel.tsx';
import { PreviewTable } from './PreviewTable.tsx';
import { ReadingDetails } from './ReadingDetails.tsx';
import { UndoImportButton } from './UndoImportButton.tsx';
import { uploadFile } from './upload-file.ts';
import { useImportJob } from './useImportJob.ts';
import {
  importOptions,
  INITIAL_SETTINGS,
  mappingFor,
  needsDateOrder,
  tagSeparatorOf,
  type Inspection,
  type WizardSettings,
} from './wizard-settings.ts';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Choose a file → see how it reads and map its columns → preview → dry-run summary → import. */
export function ImportWizard() {
  const call = useCall();
  const client = useQueryClient();
  const fields = useCustomFields().data ?? [];
  const saved =
    useQuery({ queryKey: queryKeys.savedMappings, queryFn: () => call('imports:mappings', {}) }).data ?? [];
  const [step, setStep] = useState(0);
  const [kind, setKind] = useState<ImportKind>('customers');
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [sending, setSending] = useState<{ sent: number; size: number } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [settings, setSettings] = useState<WizardSettings>(INITIAL_SETTINGS);
  const dryRun = useImportJob();
  const real = useImportJob();
  const askDateOrder = needsDateOrder(inspection, settings.mapping, fields);

  const inspect = async (id: string, change: Partial<WizardSettings> = {}) => {
    const next = { ...settings, ...change };
    const result = await call('imports:inspect', {
      uploadId: id,
      kind,
      encoding: next.encoding,
      delimiter: next.delimiter,
    });
    setInspection(result);
    setSettings({
      ...next,
      preset: result.preset,
      mapping: result.mapping,
      tagSeparator: result.tagSeparator,
      dateOrder: null,
    });
  };

  const chooseFile = async (file: File) => {
    setFileError(null);
    setSending({ sent: 0, size: file.size });
    try {
      const id = await uploadFile(call, file, (sent) => setSending({ sent, size: file.size }));
      setUploadId(id);
      await inspect(id, { encoding: 'auto', delimiter: 'auto' });
      setStep(1);
    } catch (error) {
      setFileError(message(error));
    } finally {
      setSending(null);
    }
  };

  const reread = (change: Partial<WizardSettings>) => {
    if (uploadId) inspect(uploadId, change).catch((error: unknown) => setFileError(message(error)));
  };

  const startOver = () => {
    dryRun.reset();
    real.reset();
    setUploadId(null);
    setInspection(null);
    setSettings(INITIAL_SETTINGS);
    setStep(0);
  };

  const preview = () => {
    if (!uploadId) return;
    void dryRun.start(uploadId, importOptions(kind, settings, true));
    setStep(2);
  };

  const runImport = () => {
    if (!uploadId) return;
    void real.start(uploadId, importOptions(kind, settings, false));
    setStep(4);
  };

  const dryReport = dryRun.status?.state === 'done' ? dryRun.status.report : null;
  const realReport = real.status?.state === 'done' ? real.status.report : null;
  const realState = real.status?.state;
  useEffect(() => {
    // A saved import may have changed anything: lists, customer pages, the history below.
    if (realState === 'done') void client.invalidateQueries();
  }, [realState, client]);
  const columnsReady = settings.tagSeparator !== '' && (!askDateOrder || settings.dateOrder !== null);

  return (
    <Stepper
      active={step}
      onStepClick={(index) => index < step && step < 4 && setStep(index)}
      aria-label="Import steps"
    >
      <Stepper.Step label="File" description="Choose it">
        <FileStep
          kind={kind}
          onKindChange={setKind}
          onFile={(file) => void chooseFile(file)}
          sending={sending}
          error={fileError}
        />
      </Stepper.Step>
      <Stepper.Step label="Columns" description="How it reads">
        {inspection && (
          <Stack>
            <ReadingDetails
              inspection={inspection}
              encoding={settings.encoding}
              delimiter={settings.delimiter}
              onChange={reread}
              csv={kind !== 'vcard'}
            />
            <ColumnsStep
              kind={kind}
              inspection={inspection}
              settings={settings}
              fields={fields}
              saved={saved}
              askDateOrder={askDateOrder}
              onChange={(change) => setSettings((old) => ({ ...old, ...change }))}
              onPreset={(preset) =>
                setSettings((old) => ({
                  ...old,
                  preset,
                  mapping: mappingFor(inspection.headers, kind, preset, saved, fields),
                  tagSeparator: tagSeparatorOf(preset, saved, old.tagSeparator),
                }))
              }
            />
            <Group>
              <Button variant="default" onClick={startOver}>
                Choose another file
              </Button>
              <Button onClick={preview} disabled={!columnsReady}>
                Preview
              </Button>
            </Group>
          </Stack>
        )}
      </Stepper.Step>
      <Stepper.Step label="Preview" description="First rows">
        <Stack>
          {dryRun.status?.state === 'running' && (
            <JobProgress
              job={dryRun.status}
              label="Checking the file"
              onCancel={() => void dryRun.cancel().then(() => setStep(1))}
            />
          )}
          {dryRun.error && (
            <Alert color="red" title="The file cannot be imported with these settings">
              {dryRun.error}
            </Alert>
          )}
          {dryReport && <PreviewTable rows={dryReport.preview} />}
          <Group>
            <Button variant="default" onClick={() => setStep(1)}>
              Back to columns
            </Button>
            <Button onClick={() => setStep(3)} disabled={!dryReport}>
              Next: summary
            </Button>
          </Group>
        </Stack>
      </Stepper.Step>
      <Stepper.Step label="Check" description="Dry run">
        {dryReport && dryRun.jobId && (
          <ImportReportPanel report={dryReport} jobId={dryRun.jobId}>
            <Button variant="default" onClick={() => setStep(1)}>
              Change settings
            </Button>
            <Button onClick={runImport} disabled={dryReport.imported + dryReport.updated === 0}>
              Import
            </Button>
          </ImportReportPanel>
        )}
      </Stepper.Step>
      <Stepper.Step label="Import" description="Save">
        <Stack>
          {real.status?.state === 'running' && (
            <JobProgress job={real.status} label="Importing" onCancel={() => void real.cancel()} />
          )}
          {real.status?.state === 'cancelled' && (
            <Alert color="gray" title="Import cancelled">
              Nothing was imported.
            </Alert>
          )}
          {real.error && (
            <Alert color="red" title="Nothing was imported">
              {real.error}
            </Alert>
          )}
          {realReport && real.jobId && (
            <ImportReportPanel report={realReport} jobId={real.jobId}>
              {realReport.importId && (
                <UndoImportButton importId={realReport.importId} onUndone={startOver} />
              )}
            </ImportReportPanel>
          )}
          {real.status?.state !== 'running' && (
            <Group>
              <Button variant="light" onClick={startOver}>
                Import another file
              </Button>
            </Group>
          )}
        </Stack>
      </Stepper.Step>
    </Stepper>
  );
}
