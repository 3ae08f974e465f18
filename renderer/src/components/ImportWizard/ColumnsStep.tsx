import { Checkbox, NativeSelect, Radio, Stack, Table, TextInput } from '@mantine/core';
import type { CustomField } from '../../../../shared/domain/custom-field.ts';
import { PRESET_IDS, PRESETS } from '../../../../shared/domain/import-presets.ts';
import type { DateOrder, DuplicatePolicy, ImportKind } from '../../../../shared/domain/import-targets.ts';
import type { SavedMapping } from '../../../../shared/domain/imports.ts';
import { SaveMapping } from './SaveMapping.tsx';
import { targetOptions, type Inspection, type WizardSettings } from './wizard-settings.ts';

interface ColumnsStepProps {
  kind: ImportKind;
  inspection: Inspection;
  settings: WizardSettings;
  fields: readonly CustomField[];
  saved: readonly SavedMapping[];
  askDateOrder: boolean;
  onChange: (change: Partial<WizardSettings>) => void;
  onPreset: (preset: string) => void;
}

const DUPLICATES: { value: DuplicatePolicy; label: string }[] = [
  { value: 'skip', label: 'Skip them' },
  { value: 'fill', label: 'Fill in their empty fields' },
  { value: 'overwrite', label: 'Overwrite them with the file' },
  { value: 'create', label: 'Create new customers anyway' },
];

/** Step 2: where each column goes, and what to do with customers Regulars already knows. */
export function ColumnsStep({
  kind,
  inspection,
  settings,
  fields,
  saved,
  askDateOrder,
  onChange,
  onPreset,
}: ColumnsStepProps) {
  const options = targetOptions(kind, fields);
  const setTarget = (column: number, target: string) =>
    onChange({ mapping: settings.mapping.map((old, index) => (index === column ? target : old)) });
  return (
    <Stack>
      {kind !== 'vcard' && (
        <>
          {kind === 'customers' && (
            <NativeSelect
              label="Preset"
              description="Where the file comes from; columns with the usual names map by themselves."
              value={settings.preset}
              onChange={(event) => onPreset(event.currentTarget.value)}
              data={[
                ...PRESET_IDS.map((id) => ({ value: id, label: PRESETS[id].label })),
                ...saved
                  .filter((m) => m.kind === kind)
                  .map((m) => ({ value: `saved:${m.name}`, label: `Saved: ${m.name}` })),
              ]}
              maw={360}
            />
          )}
          <Table aria-label="Columns of the file" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Column</Table.Th>
                <Table.Th>First value</Table.Th>
                <Table.Th>Goes to</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {inspection.headers.map((header, column) => (
                <Table.Tr key={column}>
                  <Table.Td>{header || `(column ${column + 1})`}</Table.Td>
                  <Table.Td>{inspection.sample.find((row) => row[column])?.[column] ?? ''}</Table.Td>
                  <Table.Td>
                    <NativeSelect
                      aria-label={`Column “${header || column + 1}” goes to`}
                      value={settings.mapping[column] ?? 'ignore'}
                      onChange={(event) => setTarget(column, event.currentTarget.value)}
                      data={options}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {kind === 'customers' && (
            <TextInput
              label="Tag separator"
              description="What separates several tags in one cell"
              value={settings.tagSeparator}
              maxLength={5}
              onChange={(event) => onChange({ tagSeparator: event.currentTarget.value })}
              error={settings.tagSeparator === '' ? 'Give the separator, e.g. a comma' : null}
              maw={200}
            />
          )}
          <SaveMapping kind={kind} headers={inspection.headers} settings={settings} />
        </>
      )}
      {askDateOrder && (
        <Radio.Group
          label="Dates like 03/04/1990 in this file are"
          description="Some dates could be read either way; say which, and rows that do not fit are rejected with the reason."
          value={settings.dateOrder ?? ''}
          onChange={(value) => onChange({ dateOrder: value as DateOrder })}
          error={settings.dateOrder === null ? 'Choose the order of day and month' : null}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="dmy" label="Day first (03/04/1990 is 3 April 1990)" />
            <Radio value="mdy" label="Month first (03/04/1990 is March 4, 1990)" />
          </Stack>
        </Radio.Group>
      )}
      {kind === 'interactions' ? (
        <>
          <Checkbox
            label="Create a customer for a reference nobody has"
            checked={settings.createMissing}
            onChange={(event) => onChange({ createMissing: event.currentTarget.checked })}
          />
          <Checkbox
            label="Imported purchases earn loyalty points"
            description="Off: two years of history do not hand out points nobody promised."
            checked={settings.earnPoints}
            onChange={(event) => onChange({ earnPoints: event.currentTarget.checked })}
          />
        </>
      ) : (
        <Radio.Group
          label="Customers already in Regulars (same code, e-mail or phone)"
          value={settings.onDuplicate}
          onChange={(value) => onChange({ onDuplicate: value })}
        >
          <Stack gap="xs" mt="xs">
            {DUPLICATES.map((option) => (
              <Radio key={option.value} value={option.value} label={option.label} />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
}
