import { Group, NativeSelect, ScrollArea, Table, Text } from '@mantine/core';
import {
  DELIMITER_CHOICES,
  ENCODING_CHOICES,
  type DelimiterChoice,
  type EncodingChoice,
} from '../../../../shared/domain/import-targets.ts';
import type { Inspection } from './wizard-settings.ts';

const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252',
};
const DELIMITER_NAMES: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'vertical bar',
  tab: 'tab',
};

interface ReadingDetailsProps {
  inspection: Inspection;
  encoding: EncodingChoice;
  delimiter: DelimiterChoice;
  onChange: (change: { encoding?: EncodingChoice; delimiter?: DelimiterChoice }) => void;
  csv: boolean;
}

/** How the file was read (detected encoding, delimiter, header), with a way to say otherwise. */
export function ReadingDetails({ inspection, encoding, delimiter, onChange, csv }: ReadingDetailsProps) {
  const detected = `${ENCODING_NAMES[inspection.encoding] ?? inspection.encoding}${inspection.bom ? ' with a byte order mark' : ''}`;
  return (
    <>
      <Text role="status">
        {inspection.fileName}: {inspection.rowCount.toLocaleString()} {csv ? 'rows' : 'cards'}, read as{' '}
        {detected}
        {csv && `, columns separated by ${DELIMITER_NAMES[inspection.delimiter] ?? inspection.delimiter}`}.
      </Text>
      <Group>
        <NativeSelect
          label="Encoding"
          value={encoding}
          onChange={(event) => onChange({ encoding: event.currentTarget.value as EncodingChoice })}
          data={ENCODING_CHOICES.map((value) => ({
            value,
            label:
              value === 'auto'
                ? `Detect (${ENCODING_NAMES[inspection.encoding] ?? inspection.encoding})`
                : (ENCODING_NAMES[value] ?? 'UTF-16'),
          }))}
        />
        {csv && (
          <NativeSelect
            label="Delimiter"
            value={delimiter}
            onChange={(event) => onChange({ delimiter: event.currentTarget.value as DelimiterChoice })}
            data={DELIMITER_CHOICES.map((value) => ({
              value,
              label:
                value === 'auto'
                  ? `Detect (${DELIMITER_NAMES[inspection.delimiter] ?? inspection.delimiter})`
                  : (DELIMITER_NAMES[value] ?? value),
            }))}
          />
        )}
      </Group>
      <ScrollArea>
        <Table aria-label="The first rows of the file" withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              {inspection.headers.map((header, index) => (
                <Table.Th key={index}>{header || `(column ${index + 1})`}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {inspection.sample.map((row, rowIndex) => (
              <Table.Tr key={rowIndex}>
                {inspection.headers.map((_, column) => (
                  <Table.Td key={column}>{row[column] ?? ''}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </>
  );
}
