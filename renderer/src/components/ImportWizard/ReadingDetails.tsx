import { Group, NativeSelect, ScrollArea, Table, Text } from '@mantine/core';
import {
  DELIMITER_CHOICES,
  ENCODING_CHOICES,
  type DelimiterChoice,
  type EncodingChoice,
} from '../../../../shared/domain/import-targets.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './ImportWizard.messages.ts';
import type { Inspection } from './wizard-settings.ts';

/** The message naming each encoding and delimiter the core reports or accepts. */
const ENCODING_KEYS: Record<string, keyof typeof messages> = {
  'utf-8': 'utf8',
  'utf-16le': 'utf16LittleEndian',
  'utf-16be': 'utf16BigEndian',
  'windows-1252': 'windows1252',
};
const DELIMITER_KEYS: Record<string, keyof typeof messages> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'verticalBar',
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
  const m = useMessages(messages);
  const name = (keys: Record<string, keyof typeof messages>, value: string): string | undefined => {
    const key = keys[value];
    const text = key === undefined ? undefined : m[key];
    return typeof text === 'string' ? text : undefined;
  };
  const encodingName = (value: string) => name(ENCODING_KEYS, value);
  const delimiterName = (value: string) => name(DELIMITER_KEYS, value);
  const found = encodingName(inspection.encoding) ?? inspection.encoding;
  const detected = inspection.bom ? m.byteOrderMark(found) : found;
  const separator = delimiterName(inspection.delimiter) ?? inspection.delimiter;
  return (
    <>
      <Text role="status">
        {m.readAs(inspection.fileName, inspection.rowCount, csv, detected, csv ? separator : null)}
      </Text>
      <Group>
        <NativeSelect
          label={m.encoding}
          value={encoding}
          onChange={(event) => onChange({ encoding: event.currentTarget.value as EncodingChoice })}
          data={ENCODING_CHOICES.map((value) => ({
            value,
            label: value === 'auto' ? m.detect(found) : (encodingName(value) ?? m.utf16),
          }))}
        />
        {csv && (
          <NativeSelect
            label={m.delimiter}
            value={delimiter}
            onChange={(event) => onChange({ delimiter: event.currentTarget.value as DelimiterChoice })}
            data={DELIMITER_CHOICES.map((value) => ({
              value,
              label: value === 'auto' ? m.detect(separator) : (delimiterName(value) ?? value),
            }))}
          />
        )}
      </Group>
      <ScrollArea>
        <Table aria-label={m.firstRowsOfFile} withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              {inspection.headers.map((header, index) => (
                <Table.Th key={index}>{header || m.unnamedColumn(index + 1)}</Table.Th>
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
