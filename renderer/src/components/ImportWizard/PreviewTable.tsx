import { Badge, ScrollArea, Table } from '@mantine/core';
import type { ImportAction, PreviewRow } from '../../../../shared/domain/imports.ts';

const ACTION: Record<ImportAction, { label: string; color: string }> = {
  create: { label: 'New', color: 'teal' },
  update: { label: 'Update', color: 'blue' },
  skip: { label: 'Skip', color: 'gray' },
  reject: { label: 'Rejected', color: 'red' },
};

/** The first rows as they will be saved: what each becomes, and why when it is not imported. */
export function PreviewTable({ rows }: { rows: readonly PreviewRow[] }) {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row.values)))];
  return (
    <ScrollArea>
      <Table aria-label="Preview of the first rows" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Row</Table.Th>
            <Table.Th>Result</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column}>{column}</Table.Th>
            ))}
            <Table.Th>Note</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.row}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td>
                <Badge color={ACTION[row.action].color} variant="light">
                  {ACTION[row.action].label}
                </Badge>
              </Table.Td>
              {columns.map((column) => (
                <Table.Td key={column} style={{ whiteSpace: 'pre-line' }}>
                  {row.values[column] ?? ''}
                </Table.Td>
              ))}
              <Table.Td>{row.action === 'create' ? '' : row.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
