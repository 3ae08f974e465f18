import { Checkbox, NativeSelect, Radio, Stack, Table, TextInput } from '@mantine/core';
import type { CustomField } from '../../../../shared/domain/custom-field.ts';
import { PRESET_IDS } from '../../../../shared/domain/import-presets.ts';
import type { DateOrder, DuplicatePolicy, ImportKind } from '../../../../shared/domain/import-targets.ts';
import type { SavedMapping } from '../../../../shared/domain/imports.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages, presetMessages } from './ImportWizard.messages.ts';
import { SaveMapping } from './SaveMapping.tsx';
import { useTargetLabels } from './target-labels.ts';
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

const DUPLICATES = [
  { value: 'skip', key: 'skipThem' },
  { value: 'fill', key: 'fillThem' },
  { value: 'overwrite', key: 'overwriteThem' },
  { value: 'create', key: 'createAnyway' },
] as const satisfies readonly { value: DuplicatePolicy; key: keyof typeof messages }[];

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
  const m = useMessages(messages);
  const presetLabels = useMessages(presetMessages);
  const { label } = useTargetLabels();
  const options = targetOptions(kind, fields, { ...m, label });
  const setTarget = (column: number, target: string) =>
    onChange({ mapping: settings.mapping.map((old, index) => (index === column ? target : old)) });
  return (
    <Stack>
      {kind !== 'vcard' && (
        <>
          {kind === 'customers' && (
            <NativeSelect
              label={m.preset}
              description={m.presetHint}
              value={settings.preset}
              onChange={(event) => onPreset(event.currentTarget.value)}
              data={[
                ...PRESET_IDS.map((id) => ({ value: id, label: presetLabels[id] })),
                ...saved
                  .filter((mapping) => mapping.kind === kind)
                  .map((mapping) => ({ value: `saved:${mapping.name}`, label: m.savedPreset(mapping.name) })),
              ]}
              maw={360}
            />
          )}
          <Table aria-label={m.columnsOfFile} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.column}</Table.Th>
                <Table.Th>{m.firstValue}</Table.Th>
                <Table.Th>{m.goesTo}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {inspection.headers.map((header, column) => (
                <Table.Tr key={column}>
                  <Table.Td>{header || m.unnamedColumn(column + 1)}</Table.Td>
                  <Table.Td>{inspection.sample.find((row) => row[column])?.[column] ?? ''}</Table.Td>
                  <Table.Td>
                    <NativeSelect
                      aria-label={m.columnGoesTo(header || String(column + 1))}
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
              label={m.tagSeparator}
              description={m.tagSeparatorHint}
              value={settings.tagSeparator}
              maxLength={5}
              onChange={(event) => onChange({ tagSeparator: event.currentTarget.value })}
              error={settings.tagSeparator === '' ? m.tagSeparatorMissing : null}
              maw={200}
            />
          )}
          <SaveMapping kind={kind} headers={inspection.headers} settings={settings} />
        </>
      )}
      {askDateOrder && (
        <Radio.Group
          label={m.dateOrder}
          description={m.dateOrderHint}
          value={settings.dateOrder ?? ''}
          onChange={(value) => onChange({ dateOrder: value as DateOrder })}
          error={settings.dateOrder === null ? m.dateOrderMissing : null}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="dmy" label={m.dayFirst} />
            <Radio value="mdy" label={m.monthFirst} />
          </Stack>
        </Radio.Group>
      )}
      {kind === 'interactions' ? (
        <>
          <Checkbox
            label={m.createMissing}
            checked={settings.createMissing}
            onChange={(event) => onChange({ createMissing: event.currentTarget.checked })}
          />
          <Checkbox
            label={m.earnPoints}
            description={m.earnPointsHint}
            checked={settings.earnPoints}
            onChange={(event) => onChange({ earnPoints: event.currentTarget.checked })}
          />
        </>
      ) : (
        <Radio.Group
          label={m.alreadyIn}
          value={settings.onDuplicate}
          onChange={(value) => onChange({ onDuplicate: value })}
        >
          <Stack gap="xs" mt="xs">
            {DUPLICATES.map((option) => (
              <Radio key={option.value} value={option.value} label={m[option.key]} />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
}
