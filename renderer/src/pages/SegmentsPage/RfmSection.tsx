import { Alert, Anchor, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { isDay } from '../../../../shared/domain/calendar-days.ts';
import type { RfmSummary } from '../../../../shared/domain/rfm.ts';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { formatMoney } from '../../format/money.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { useRfmWords } from './rfm-words.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './SegmentsPage.messages.ts';

const percent = (share: number | null) => (share === null ? '–' : `${(share * 100).toFixed(1)}%`);

function Bands({ summary }: { summary: RfmSummary }) {
  const m = useMessages(messages);
  const range = (min: number, max: number, show: (n: number) => string) =>
    min === max ? show(min) : `${show(min)} – ${show(max)}`;
  const rows = [
    { name: m.recencyRow, bands: summary.bands.recency, show: String },
    { name: m.frequencyRow, bands: summary.bands.frequency, show: String },
    { name: m.monetaryRow, bands: summary.bands.monetary, show: formatMoney },
  ];
  return (
    <Table aria-label={m.whatScoresMean} withColumnBorders>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{m.scoreColumn}</Table.Th>
          {[1, 2, 3, 4, 5].map((score) => (
            <Table.Th key={score}>{score}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.name}>
            <Table.Th scope="row">{row.name}</Table.Th>
            {[1, 2, 3, 4, 5].map((score) => {
              const band = row.bands.find((b) => b.score === score);
              return <Table.Td key={score}>{band ? range(band.min, band.max, row.show) : '—'}</Table.Td>;
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The built-in RFM segments with their rules and counts, as of a day. */
export function RfmSection() {
  const m = useMessages(messages);
  const rfmWords = useRfmWords();
  const call = useCall();
  const [asOfText, setAsOfText] = useState('');
  const asOf = isDay(asOfText) ? asOfText : undefined;
  const rfm = useQuery({
    queryKey: queryKeys.insightsRfm(asOf),
    queryFn: () => call('insights:rfm', asOf ? { asOf } : {}),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack component="section" aria-labelledby="rfm-title">
      <Group justify="space-between" align="flex-end">
        <Title order={2} id="rfm-title">
          {m.rfmSegments}
        </Title>
        <TextInput
          type="date"
          label={m.asOf}
          description={m.emptyMeansToday}
          value={asOfText}
          onChange={(e) => setAsOfText(e.currentTarget.value)}
          data-no-print
        />
      </Group>
      <Text size="sm" c="dimmed">
        {m.rfmIntro}
      </Text>
      {rfm.error && <Alert color="red">{rfm.error.message}</Alert>}
      {!rfm.data ? (
        <Loader size="sm" aria-label={m.scoringCustomers} />
      ) : (
        <>
          <Text size="sm" role="status">
            {m.customersScored(rfm.data.customers.toLocaleString(), rfm.data.asOf)}
          </Text>
          <Table striped aria-label={m.rfmSegments}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.segmentColumn}</Table.Th>
                <Table.Th>{m.ruleColumn}</Table.Th>
                <Table.Th>{m.customersWhoColumn}</Table.Th>
                <Table.Th ta="right">{m.customersColumn}</Table.Th>
                <Table.Th ta="right">{m.shareColumn}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rfm.data.segments.map((segment) => {
                const words = rfmWords(segment.segment);
                return (
                  <Table.Tr key={segment.segment}>
                    <Table.Td>{words.label}</Table.Td>
                    <Table.Td>{words.rule}</Table.Td>
                    <Table.Td>{words.meaning}</Table.Td>
                    <Table.Td ta="right">
                      <Anchor
                        component={Link}
                        to={paths.customerSet({
                          kind: 'rfm',
                          segment: segment.segment,
                          ...(asOf ? { asOf } : {}),
                        })}
                        aria-label={m.segmentCustomers(words.label, segment.customers)}
                      >
                        {segment.customers.toLocaleString()}
                      </Anchor>
                    </Table.Td>
                    <Table.Td ta="right">{percent(segment.share)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {rfm.data.customers > 0 && <Bands summary={rfm.data} />}
        </>
      )}
    </Stack>
  );
}
