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
import { CUSTOM_PREFIX, targetLabel } from '../../../../shared/domain/import-targets.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { useCustomFields } from '../../query/useCustomFields.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
import { JobProgress } from '../JobProgress/JobProgress.tsx';
import { useExportJob } from './useExportJob.ts';

const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'csv', label: 'CSV (Excel, Numbers, Google Sheets, mailing tools)' },
  { value: 'xlsx', label: 'Excel workbook (.xlsx)' },
  { value: 'vcard', label: 'vCard 4.0 (phones, address books)' },
  { value: 'vcard3', label: 'vCard 3.0 (older phones)' },
];

type Who = 'all' | 'tag' | 'consent';

/** A fixed list of customers chosen elsewhere (a selection, the list's filters), with its name. */
export interface GivenScope {
  scope: ExportScope;
  label: string;
}

/** Which customers, which format, which columns; then the export runs with progress and downloads. */
export function ExportForm({ given }: { given?: GivenScope }) {
  const client = useQueryClient();
  const fields = (useCustomFields().data ?? []).filter((field) => !field.archived);
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [preset, setPreset] = useState<ExportPreset>('contacts');
  const [who, setWho] = useState<Who>('all');
  const [tag, setTag] = useState('');
  const [consent, setConsent] = useState<ConsentChannel>('email');
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());
  const job = useExportJob((file) => {
    notifyDone(`Exported ${file.rows} customers to ${file.fileName}.`);
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
        <Text role="status">Exporting {given.label}.</Text>
      ) : (
        <Radio.Group label="Who" value={who} onChange={setWho}>
          <Stack gap="xs" mt="xs">
            <Radio value="all" label="Everyone" />
            <Radio value="tag" label="Customers with a tag" />
            {who === 'tag' && (
              <TextInput
                label="Tag"
                value={tag}
                onChange={(e) => setTag(e.currentTarget.value)}
                maxLength={40}
                error={tag.trim() === '' ? 'Which tag?' : null}
                maw={280}
              />
            )}
            <Radio value="consent" label="Customers who agreed to be contacted by" />
            {who === 'consent' && (
              <Radio.Group aria-label="Channel" value={consent} onChange={setConsent}>
                <Group>
                  {CONSENT_CHANNELS.map((c) => (
                    <Radio key={c} value={c} label={c === 'sms' ? 'SMS' : c[0]?.toUpperCase() + c.slice(1)} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          </Stack>
        </Radio.Group>
      )}
      <Radio.Group label="List" value={preset} onChange={setPreset}>
        <Stack gap="xs" mt="xs">
          <Radio value="contacts" label="Contact list" />
          <Radio
            value="mailing"
            label="Mailing list: only customers who agreed to e-mail, with when and where they agreed"
          />
        </Stack>
      </Radio.Group>
      <Radio.Group label="Format" value={format} onChange={setFormat}>
        <Stack gap="xs" mt="xs">
          {FORMATS.map((f) => (
            <Radio key={f.value} value={f.value} label={f.label} />
          ))}
        </Stack>
      </Radio.Group>
      {spreadsheet && preset === 'contacts' && (
        <Checkbox.Group
          label="Columns"
          value={chosen}
          onChange={(values) =>
            setUnchecked(new Set(columns.map((c) => c.value).filter((c) => !values.includes(c))))
          }
          error={chosen.length === 0 ? 'Choose at least one column' : null}
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
            {columns.map((c) => (
              <Checkbox key={c.value} value={c.value} label={c.label} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      )}
      {running && job.status && (
        <JobProgress job={job.status} label="Exporting" onCancel={() => void job.cancel()} />
      )}
      {job.status?.state === 'cancelled' && <Alert color="gray">Export cancelled.</Alert>}
      {job.error && (
        <Alert color="red" title="Nothing was exported">
          {job.error}
        </Alert>
      )}
      <Group>
        <Button onClick={start} disabled={invalid || running}>
          Export
        </Button>
      </Group>
    </Stack>
  );
}
