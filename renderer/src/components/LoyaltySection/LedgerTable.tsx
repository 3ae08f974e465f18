import { Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { LedgerRow } from '../../../../shared/domain/loyalty/status.ts';
import { formatDateTime } from '../../format/dates.ts';

const KIND_LABELS: Record<LedgerRow['kind'], string> = {
  earn: 'Earned',
  redeem: 'Redeemed',
  adjust: 'Adjusted',
  expire: 'Expired',
  bonus: 'Bonus',
  reversal: 'Reversed',
};
const FIRST_ROWS = 10;

/** Every change of points, newest first, with the balance after it: the balance explained row by row. */
export function LedgerTable({ rows }: { rows: LedgerRow[] }) {
  const [all, setAll] = useState(false);
  if (rows.length === 0) return <Text c="dimmed">No points yet.</Text>;
  const shown = all ? rows : rows.slice(0, FIRST_ROWS);
  return (
    <>
      <Table aria-label="Points ledger" verticalSpacing={4} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>What</Table.Th>
            <Table.Th ta="right">Points</Table.Th>
            <Table.Th ta="right">Balance</Table.Th>
            <Table.Th>Why</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>{formatDateTime(row.at)}</Table.Td>
              <Table.Td>{KIND_LABELS[row.kind]}</Table.Td>
              <Table.Td ta="right">{row.points > 0 ? `+${row.points}` : row.points}</Table.Td>
              <Table.Td ta="right">{row.balanceAfter}</Table.Td>
              <Table.Td>{row.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length > FIRST_ROWS && (
        <Button variant="subtle" size="xs" onClick={() => setAll((value) => !value)}>
          {all ? 'Show fewer' : `Show all ${rows.length} rows`}
        </Button>
      )}
    </>
  );
}
