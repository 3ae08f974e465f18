import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CohortRow } from '../../../../shared/domain/insights-charts.ts';
import { paths } from '../../app/paths.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './InsightsCharts.messages.ts';
import { monthLabel } from './week-label.ts';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * Customers by month of first visit × months since: the share who came back that month. Darker
 * cells kept more customers; each cell opens its customers.
 */
export function CohortTable({ cohorts }: { cohorts: CohortRow[] }) {
  const m = useMessages(messages);
  const months = cohorts.length;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table withColumnBorders aria-label={m.cohortRetention} data-print-block>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{m.firstVisit}</Table.Th>
            <Table.Th ta="right">{m.customers}</Table.Th>
            {Array.from({ length: months }, (_, since) => (
              <Table.Th key={since} ta="right">
                {m.monthColumn(since)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cohorts.map((row) => (
            <Table.Tr key={row.month}>
              <Table.Th scope="row">{monthLabel(row.month)}</Table.Th>
              <Table.Td ta="right">{row.customers}</Table.Td>
              {Array.from({ length: months }, (_, since) => {
                const cell = row.retained[since];
                if (!cell || row.customers === 0) return <Table.Td key={since} />;
                return (
                  <Table.Td
                    key={since}
                    ta="right"
                    // At most 40% blue: the figure stays readable (4.5:1) on it in the light and the dark scheme.
                    style={{ background: `rgba(34, 139, 230, ${(cell.share * 0.4).toFixed(2)})` }}
                  >
                    <Anchor
                      component={Link}
                      to={paths.customerSet({ kind: 'cohort', month: row.month, monthsSince: since })}
                      c="inherit"
                      aria-label={m.cohortCell(monthLabel(row.month), since, cell.customers, row.customers)}
                    >
                      {percent(cell.share)}
                    </Anchor>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt={4}>
        {m.cohortExplain}
      </Text>
    </Table.ScrollContainer>
  );
}
