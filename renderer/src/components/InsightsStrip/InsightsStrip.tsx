import { Anchor, Group, Paper, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { PeriodInput } from '../../../../shared/domain/insights.ts';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { pickLanguage } from '../../i18n/define-messages.ts';
import { useLanguage } from '../../i18n/LanguageProvider.tsx';
import { figureCards } from '../FigureCard/figure-cards.ts';
import { formatDelta, formatFigureValue } from '../FigureCard/format-figure.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { messages } from './InsightsStrip.messages.ts';

const STRIP = ['active', 'new', 'repeatRate', 'lapsed', 'nps'];
const PERIOD: PeriodInput = { preset: 'last30' };

/**
 * A one-line summary of the last 30 days for the Today page: each number opens its customers,
 * the heading opens the dashboard. Shares the dashboard's query, so both stay in step.
 */
export function InsightsStrip() {
  const { language } = useLanguage();
  const m = pickLanguage(messages, language);
  const call = useCall();
  const figures = useQuery({
    queryKey: queryKeys.insightsFigures(PERIOD),
    queryFn: () => call('insights:figures', { period: PERIOD }),
  });
  const data = figures.data;
  return (
    <Paper withBorder p="sm" component="section" aria-label={m.last30Days}>
      <Group gap="lg" wrap="wrap">
        <Anchor component={Link} to={paths.insights} fw={600} size="sm">
          {m.last30Days}
        </Anchor>
        {figureCards(language)
          .filter((spec) => STRIP.includes(spec.key))
          .map((spec) => {
            const value = data ? spec.value(data.current) : null;
            const before = data ? spec.value(data.previous) : null;
            const delta =
              value !== null && before !== null && Math.abs(value - before) > 1e-9
                ? formatDelta(value - before, spec.format, language)
                : '';
            const shown = !data
              ? '…'
              : value === null
                ? spec.key === 'nps'
                  ? m.noAnswers
                  : '–'
                : formatFigureValue(value, spec.format);
            return (
              <Anchor
                key={spec.key}
                component={Link}
                to={
                  data
                    ? paths.customerSet({ kind: 'figure', figure: spec.figure, period: data.period })
                    : paths.insights
                }
                underline="hover"
                c="inherit"
              >
                <Text span size="xs" c="dimmed">
                  {spec.label}
                </Text>{' '}
                <Text span fw={700}>
                  {shown}
                </Text>
                {delta && (
                  <>
                    {' '}
                    <Text span size="xs" c="dimmed">
                      {delta}
                    </Text>
                  </>
                )}
              </Anchor>
            );
          })}
      </Group>
    </Paper>
  );
}
