import { Badge, ScrollArea, Table } from '@mantine/core';
import type { ImportAction, PreviewRow } from '../../../../shared/domain/imports.ts';
import { translateMessage } from '../../format/messages.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { actionMessages, messages } from './ImportWizard.messages.ts';
import { useTargetLabels } from './target-labels.ts';

const ACTION_COLORS: Record<ImportAction, string> = {
  create: 'teal',
  update: 'blue',
  skip: 'gray',
  reject: 'red',
};

/** The first rows as they will be saved: what each becomes, and why when it is not imported. */
export function PreviewTable({ rows }: { rows: readonly PreviewRow[] }) {
  const m = useMessages(messages);
  const actions = useMessages(actionMessages);
  const { fromCore } = useTargetLabels();
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row.values)))];
  return (
    <ScrollArea>
      <Table aria-label={m.previewTable} withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{m.row}</Table.Th>
            <Table.Th>{m.result}</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column}>{fromCore(column)}</Table.Th>
            ))}
            <Table.Th>{m.note}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.row}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td>
                <Badge color={ACTION_COLORS[row.action]} variant="light">
                  {actions[row.action]}
                </Badge>
              </Table.Td>
              {columns.map((column) => (
                <Table.Td key={column} style={{ whiteSpace: 'pre-line' }}>
                  {row.values[column] ?? ''}
                </Table.Td>
              ))}
              <Table.Td>{row.action === 'create' ? '' : translateMessage(row.message)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
