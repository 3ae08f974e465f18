import { BarChart, LineChart } from '@mantine/charts';
import { SimpleGrid, Paper, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { MouseHandlerDataParam } from 'recharts';
import type { Figure } from '../../../../shared/domain/insights.ts';
import type { ChartWeek } from '../../../../shared/domain/insights-charts.ts';
import { paths } from '../../app/paths.ts';
import { formatMoney } from '../../format/money.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './InsightsCharts.messages.ts';
import { dayLabel } from './week-label.ts';

export const weekSet = (week: ChartWeek, figure: Figure) => ({
  kind: 'figure' as const,
  figure,
  period: { from: week.from, to: week.to },
});

function ChartCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="sm" data-print-block>
      <Text fw={600} size="sm" mb="xs">
        {title}
      </Text>
      {children}
    </Paper>
  );
}

/**
 * Visits and revenue per week, new vs returning customers, and the NPS / CSAT trend. Clicking a
 * week opens its customers; the same numbers are links in "Numbers by week" below, for the keyboard.
 */
export function WeeklyCharts({ weeks }: { weeks: ChartWeek[] }) {
  const m = useMessages(messages);
  const navigate = useNavigate();
  const data = weeks.map((week) => ({
    ...week,
    week: dayLabel(week.from),
    revenue: week.revenueMinor / 100,
  }));
  const open = (figure: Figure) => (state: MouseHandlerDataParam) => {
    const week = typeof state.activeTooltipIndex === 'number' ? weeks[state.activeTooltipIndex] : undefined;
    if (week) void navigate(paths.customerSet(weekSet(week, figure)));
  };
  const clickable = { style: { cursor: 'pointer' } };
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <ChartCard title={m.visitsPerWeek}>
        <BarChart
          h={220}
          data={data}
          dataKey="week"
          series={[{ name: 'visits', label: m.visits, color: 'blue.6' }]}
          barChartProps={{ onClick: open('visitors'), ...clickable }}
        />
      </ChartCard>
      <ChartCard title={m.revenuePerWeek}>
        <BarChart
          h={220}
          data={data}
          dataKey="week"
          series={[{ name: 'revenue', label: m.revenue, color: 'teal.6' }]}
          valueFormatter={(value) => formatMoney(Math.round(value * 100))}
          barChartProps={{ onClick: open('visitors'), ...clickable }}
        />
      </ChartCard>
      <ChartCard title={m.newAndReturning}>
        <BarChart
          h={220}
          data={data}
          dataKey="week"
          type="stacked"
          withLegend
          series={[
            { name: 'newCustomers', label: m.new, color: 'grape.6' },
            { name: 'returningCustomers', label: m.returning, color: 'indigo.4' },
          ]}
          barChartProps={{ onClick: open('visitors'), ...clickable }}
        />
      </ChartCard>
      <ChartCard title={m.npsCsatPerWeek}>
        <LineChart
          h={220}
          data={data}
          dataKey="week"
          withLegend
          connectNulls={false}
          series={[
            { name: 'nps', label: m.npsRange, color: 'orange.6' },
            { name: 'csat', label: m.csatPercent, color: 'cyan.6' },
          ]}
          valueFormatter={(value) => String(Math.round(value))}
          lineChartProps={{ onClick: open('npsAnswers'), ...clickable }}
        />
      </ChartCard>
    </SimpleGrid>
  );
}
