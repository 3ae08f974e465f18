import { Alert, Button, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { downloadText } from '../../components/CustomerSetList/download.ts';
import { FIGURE_CARDS } from '../../components/FigureCard/figure-cards.ts';
import { FigureCard } from '../../components/FigureCard/FigureCard.tsx';
import { CohortTable } from '../../components/InsightsCharts/CohortTable.tsx';
import { LoyaltyTiers } from '../../components/InsightsCharts/LoyaltyTiers.tsx';
import { WeeklyCharts } from '../../components/InsightsCharts/WeeklyCharts.tsx';
import { WeeklyTable } from '../../components/InsightsCharts/WeeklyTable.tsx';
import { PeriodPicker } from '../../components/PeriodPicker/PeriodPicker.tsx';
import { PrintButton } from '../../components/PrintButton/PrintButton.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import { ActiveWindowForm } from './ActiveWindowForm.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { figureLabelMessages } from '../../components/FigureCard/FigureCard.messages.ts';
import { messages } from './InsightsPage.messages.ts';
import { paramsOf, periodFromParams } from './period-params.ts';
import { reportCsv } from './report-csv.ts';

/** How the shop is doing with its customers: every figure opens the customers behind it. */
export function InsightsPage() {
  const m = useMessages(messages);
  // The report's rows read as the dashboard's cards do.
  const rowLabels = useMessages(figureLabelMessages);
  const call = useCall();
  const [params, setParams] = useSearchParams();
  const period = periodFromParams(params);
  const figures = useQuery({
    queryKey: queryKeys.insightsFigures(period),
    queryFn: () => call('insights:figures', { period }),
    placeholderData: keepPreviousData,
  });
  const charts = useQuery({
    queryKey: queryKeys.insightsCharts(period),
    queryFn: () => call('insights:charts', { period }),
    placeholderData: keepPreviousData,
  });
  const data = figures.data;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{m.title}</Title>
        <Group gap="sm" data-no-print>
          <Button
            variant="default"
            disabled={!data}
            onClick={() =>
              data &&
              downloadText(
                `regulars-insights-${data.period.from}-to-${data.period.to}.csv`,
                reportCsv(data, m, rowLabels),
              )
            }
          >
            {m.downloadCsv}
          </Button>
          <PrintButton />
        </Group>
      </Group>
      <PeriodPicker
        value={period}
        resolved={data?.period}
        onChange={(next) => setParams(paramsOf(next), { replace: true })}
      />
      {figures.error && <Alert color="red">{figures.error.message}</Alert>}
      {!data ? (
        <Loader aria-label={m.loadingFigures} />
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {m.periodSummary(
              data.period.from,
              data.period.to,
              data.previousPeriod.from,
              data.previousPeriod.to,
              data.activeDays,
            )}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" aria-label={m.figures} role="list">
            {FIGURE_CARDS.map((spec) => (
              <div role="listitem" key={spec.key}>
                <FigureCard
                  spec={spec}
                  current={data.current}
                  previous={data.previous}
                  to={paths.customerSet({ kind: 'figure', figure: spec.figure, period: data.period })}
                />
              </div>
            ))}
          </SimpleGrid>
          <LoyaltyTiers />
          <ActiveWindowForm activeDays={data.activeDays} />
        </>
      )}
      <Title order={2}>{m.weekByWeek}</Title>
      {charts.error && <Alert color="red">{charts.error.message}</Alert>}
      {charts.data && (
        <>
          <WeeklyCharts weeks={charts.data.weeks} />
          <details data-no-print>
            <summary>{m.numbersByWeek}</summary>
            <WeeklyTable weeks={charts.data.weeks} />
          </details>
          <Title order={2}>{m.doNewCustomersComeBack}</Title>
          <CohortTable cohorts={charts.data.cohorts} />
        </>
      )}
    </Stack>
  );
}
