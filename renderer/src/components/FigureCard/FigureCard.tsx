import { Group, Paper, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import type { PeriodFigures } from '../../../../shared/domain/insights.ts';
import { NOTHING_YET } from '../../../../shared/domain/insights-format.ts';
import { pickLanguage } from '../../i18n/define-messages.ts';
import { useLanguage } from '../../i18n/LanguageProvider.tsx';
import { figureCards, type FigureCardSpec } from './figure-cards.ts';
import classes from './FigureCard.module.css';
import { messages } from './FigureCard.messages.ts';
import { formatDelta, formatFigureValue } from './format-figure.ts';

interface FigureCardProps {
  spec: FigureCardSpec;
  current: PeriodFigures;
  previous: PeriodFigures;
  /** Where the customers behind the number are listed. */
  to: string;
}

const SATISFACTION = new Set(['nps', 'csat', 'ces']);

/** One number of the dashboard with its change since the previous period; the card opens its customers. */
export function FigureCard({ spec: given, current, previous, to }: FigureCardProps) {
  const { language } = useLanguage();
  const m = pickLanguage(messages, language);
  // Worded in the reader's language by its key, whichever list the spec came from.
  const spec = figureCards(language).find((card) => card.key === given.key) ?? given;
  const value = spec.value(current);
  const before = spec.value(previous);
  const empty = SATISFACTION.has(spec.key) ? m.noAnswers : NOTHING_YET;
  const delta = value !== null && before !== null ? value - before : null;
  const direction = delta === null || Math.abs(delta) < 1e-9 ? 0 : Math.sign(delta);
  const color =
    direction === 0 || spec.better === 'neither'
      ? 'dimmed'
      : direction > 0 === (spec.better === 'up')
        ? 'teal'
        : 'red';
  const change =
    delta === null
      ? m.noComparison
      : direction === 0
        ? m.sameAsBefore
        : formatDelta(delta, spec.format, language);
  return (
    <UnstyledButton
      component={Link}
      to={to}
      className={classes.card}
      aria-label={m.cardLabel(
        spec.label,
        value === null ? empty : formatFigureValue(value, spec.format),
        change,
      )}
    >
      <Paper withBorder p="sm" h="100%">
        <Text size="sm" c="dimmed">
          {spec.label}
        </Text>
        <Group gap="xs" align="baseline" wrap="nowrap">
          <Text fz={value === null ? 'md' : 'xl'} fw={700} data-testid={`figure-${spec.key}`}>
            {value === null ? empty : formatFigureValue(value, spec.format)}
          </Text>
          <Text size="sm" c={color}>
            {change}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {spec.detail(current)}
        </Text>
      </Paper>
    </UnstyledButton>
  );
}
