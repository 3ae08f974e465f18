import { Alert, Button, Group, Stack, Stepper } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ImportKind } from '../../../../shared/domain/import-targets.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { useCustomFields } from '../../query/useCustomFields.ts';
import { JobProgress } from '../JobProgress/JobProgress.tsx';
import { ColumnsStep } from './ColumnsStep.tsx';
import { FileStep } from './FileStep.tsx';
import { ImportReportPanel } from './ImportReportPanel.tsx';
import { messages } from './ImportWizard.messages.ts';
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
  const m = useMessages(messages);
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
      aria-label={m.importSteps}
    >
      <Stepper.Step label={m.stepFile} description={m.stepFileHint}>
        <FileStep
          kind={kind}
          onKindChange={setKind}
          onFile={(file) => void chooseFile(file)}
          sending={sending}
          error={fileError}
        />
      </Stepper.Step>
      <Stepper.Step label={m.stepColumns} description={m.stepColumnsHint}>
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
                {m.chooseAnotherFile}
              </Button>
              <Button onClick={preview} disabled={!columnsReady}>
                {m.preview}
              </Button>
            </Group>
          </Stack>
        )}
      </Stepper.Step>
      <Stepper.Step label={m.stepPreview} description={m.stepPreviewHint}>
        <Stack>
          {dryRun.status?.state === 'running' && (
            <JobProgress
              job={dryRun.status}
              label={m.checkingFile}
              onCancel={() => void dryRun.cancel().then(() => setStep(1))}
            />
          )}
          {dryRun.error && (
            <Alert color="red" title={m.cannotImport}>
              {dryRun.error}
            </Alert>
          )}
          {dryReport && <PreviewTable rows={dryReport.preview} />}
          <Group>
            <Button variant="default" onClick={() => setStep(1)}>
              {m.backToColumns}
            </Button>
            <Button onClick={() => setStep(3)} disabled={!dryReport}>
              {m.nextSummary}
            </Button>
          </Group>
        </Stack>
      </Stepper.Step>
      <Stepper.Step label={m.stepCheck} description={m.stepCheckHint}>
        {dryReport && dryRun.jobId && (
          <ImportReportPanel report={dryReport} jobId={dryRun.jobId}>
            <Button variant="default" onClick={() => setStep(1)}>
              {m.changeSettings}
            </Button>
            <Button onClick={runImport} disabled={dryReport.imported + dryReport.updated === 0}>
              {m.import}
            </Button>
          </ImportReportPanel>
        )}
      </Stepper.Step>
      <Stepper.Step label={m.stepImport} description={m.stepImportHint}>
        <Stack>
          {real.status?.state === 'running' && (
            <JobProgress job={real.status} label={m.importing} onCancel={() => void real.cancel()} />
          )}
          {real.status?.state === 'cancelled' && (
            <Alert color="gray" title={m.importCancelled}>
              {m.nothingImported}
            </Alert>
          )}
          {real.error && (
            <Alert color="red" title={m.nothingImportedTitle}>
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
                {m.importAnother}
              </Button>
            </Group>
          )}
        </Stack>
      </Stepper.Step>
    </Stepper>
  );
}
