import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { Figure } from '../../../../shared/domain/insights.ts';
import type { ChartWeek } from '../../../../shared/domain/insights-charts.ts';
import { paths } from '../../app/paths.ts';
import { formatMoney } from '../../format/money.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './InsightsCharts.messages.ts';
import { dayLabel } from './week-label.ts';
import { weekSet } from './WeeklyCharts.tsx';

function Cell({ week, figure, children }: { week: ChartWeek; figure: Figure; children: string }) {
  return (
    <Table.Td ta="right">
      <Anchor component={Link} to={paths.customerSet(weekSet(week, figure))}>
        {children}
      </Anchor>
    </Table.Td>
  );
}

const score = (value: number | null, answers: number, none: string) =>
  value === null ? none : `${Math.round(value)} (${answers})`;

/** The charts' numbers week by week, each a link to its customers. */
export function WeeklyTable({ weeks }: { weeks: ChartWeek[] }) {
  const m = useMessages(messages);
  return (
    <Table striped aria-label={m.numbersByWeek}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{m.week}</Table.Th>
          <Table.Th ta="right">{m.visits}</Table.Th>
          <Table.Th ta="right">{m.revenue}</Table.Th>
          <Table.Th ta="right">{m.new}</Table.Th>
          <Table.Th ta="right">{m.returning}</Table.Th>
          <Table.Th ta="right">{m.npsAnswers}</Table.Th>
          <Table.Th ta="right">{m.csatAnswers}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {weeks.map((week) => (
          <Table.Tr key={week.from}>
            <Table.Td>
              {dayLabel(week.from)} – {dayLabel(week.to)}
            </Table.Td>
            <Cell week={week} figure="visitors">
              {String(week.visits)}
            </Cell>
            <Cell week={week} figure="visitors">
              {formatMoney(week.revenueMinor)}
            </Cell>
            <Cell week={week} figure="new">
              {String(week.newCustomers)}
            </Cell>
            <Cell week={week} figure="returning">
              {String(week.returningCustomers)}
            </Cell>
            <Cell week={week} figure="npsAnswers">
              {score(week.nps, week.npsAnswers, m.noAnswers)}
            </Cell>
            <Cell week={week} figure="csatAnswers">
              {score(week.csat, week.csatAnswers, m.noAnswers)}
            </Cell>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
