import { Alert, Button, Checkbox, Group, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { CONSENT_CHANNELS, type ConsentChannel } from '../../../../shared/domain/customer.ts';
import {
  EXPORT_COLUMNS,
  type ExportFormat,
  type ExportPreset,
  type ExportScope,
} from '../../../../shared/domain/exports.ts';
import { CUSTOM_PREFIX } from '../../../../shared/domain/import-targets.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { useCustomFields } from '../../query/useCustomFields.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
import { useTargetLabels } from '../ImportWizard/target-labels.ts';
import { JobProgress } from '../JobProgress/JobProgress.tsx';
import { channelMessages, messages } from './ExportForm.messages.ts';
import { useExportJob } from './useExportJob.ts';

const FORMATS = [
  { value: 'csv', key: 'formatCsv' },
  { value: 'xlsx', key: 'formatXlsx' },
  { value: 'vcard', key: 'formatVcard' },
  { value: 'vcard3', key: 'formatVcard3' },
] as const satisfies readonly { value: ExportFormat; key: keyof typeof messages }[];

type Who = 'all' | 'tag' | 'consent';

/** A fixed list of customers chosen elsewhere (a selection, the list's filters), with its name. */
export interface GivenScope {
  scope: ExportScope;
  label: string;
}

/** Which customers, which format, which columns; then the export runs with progress and downloads. */
export function ExportForm({ given }: { given?: GivenScope }) {
  const m = useMessages(messages);
  const channelNames = useMessages(channelMessages);
  const { label: targetLabel } = useTargetLabels();
  const client = useQueryClient();
  const fields = (useCustomFields().data ?? []).filter((field) => !field.archived);
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [preset, setPreset] = useState<ExportPreset>('contacts');
  const [who, setWho] = useState<Who>('all');
  const [tag, setTag] = useState('');
  const [consent, setConsent] = useState<ConsentChannel>('email');
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());
  const job = useExportJob((file) => {
    notifyDone(m.exported(file.rows, file.fileName));
    void client.invalidateQueries({ queryKey: queryKeys.exportsAll });
  });
  const columns = [
    ...EXPORT_COLUMNS.map((c) => ({ value: c, label: targetLabel(c) })),
    ...fields.map((f) => ({ value: `${CUSTOM_PREFIX}${f.id}`, label: f.name })),
  ];
  const chosen = columns.map((c) => c.value).filter((c) => !unchecked.has(c));
  const spreadsheet = format === 'csv' || format === 'xlsx';
  const scope: ExportScope =
    given?.scope ??
    (who === 'tag'
      ? { kind: 'filter', filter: { tags: [tag.trim()] } }
      : who === 'consent'
        ? { kind: 'filter', filter: { consent } }
        : { kind: 'all' });
  const invalid =
    (!given && who === 'tag' && tag.trim() === '') ||
    (spreadsheet && preset === 'contacts' && chosen.length === 0);
  const running = job.status?.state === 'running';

  const start = () =>
    void job.start({
      format,
      preset,
      scope,
      ...(spreadsheet && preset === 'contacts' ? { columns: chosen } : {}),
    });

  return (
    <Stack>
      {given ? (
        <Text role="status">{m.exporting(given.label)}</Text>
      ) : (
        <Radio.Group label={m.who} value={who} onChange={setWho}>
          <Stack gap="xs" mt="xs">
            <Radio value="all" label={m.everyone} />
            <Radio value="tag" label={m.withTag} />
            {who === 'tag' && (
              <TextInput
                label={m.tag}
                value={tag}
                onChange={(e) => setTag(e.currentTarget.value)}
                maxLength={40}
                error={tag.trim() === '' ? m.whichTag : null}
                maw={280}
              />
            )}
            <Radio value="consent" label={m.agreedBy} />
            {who === 'consent' && (
              <Radio.Group aria-label={m.channel} value={consent} onChange={setConsent}>
                <Group>
                  {CONSENT_CHANNELS.map((c) => (
                    <Radio key={c} value={c} label={channelNames[c]} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          </Stack>
        </Radio.Group>
      )}
      <Radio.Group label={m.list} value={preset} onChange={setPreset}>
        <Stack gap="xs" mt="xs">
          <Radio value="contacts" label={m.contactList} />
          <Radio value="mailing" label={m.mailingListHint} />
        </Stack>
      </Radio.Group>
      <Radio.Group label={m.format} value={format} onChange={setFormat}>
        <Stack gap="xs" mt="xs">
          {FORMATS.map((f) => (
            <Radio key={f.value} value={f.value} label={m[f.key]} />
          ))}
        </Stack>
      </Radio.Group>
      {spreadsheet && preset === 'contacts' && (
        <Checkbox.Group
          label={m.columns}
          value={chosen}
          onChange={(values) =>
            setUnchecked(new Set(columns.map((c) => c.value).filter((c) => !values.includes(c))))
          }
          error={chosen.length === 0 ? m.chooseColumn : null}
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
            {columns.map((c) => (
              <Checkbox key={c.value} value={c.value} label={c.label} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      )}
      {running && job.status && (
        <JobProgress job={job.status} label={m.exportingProgress} onCancel={() => void job.cancel()} />
      )}
      {job.status?.state === 'cancelled' && <Alert color="gray">{m.exportCancelled}</Alert>}
      {job.error && (
        <Alert color="red" title={m.nothingExported}>
          {job.error}
        </Alert>
      )}
      <Group>
        <Button onClick={start} disabled={invalid || running}>
          {m.export}
        </Button>
      </Group>
    </Stack>
  );
}
