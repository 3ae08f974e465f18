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

const percent = (share: number | null) => (share === null ? '–' : `${(share * 100).toFixed(1)}%`);

function Bands({ summary }: { summary: RfmSummary }) {
  const range = (min: number, max: number, show: (n: number) => string) =>
    min === max ? show(min) : `${show(min)} – ${show(max)}`;
  const rows = [
    { name: 'Recency: days since the last visit', bands: summary.bands.recency, show: String },
    { name: 'Frequency: visits', bands: summary.bands.frequency, show: String },
    { name: 'Monetary: total spend', bands: summary.bands.monetary, show: formatMoney },
  ];
  return (
    <Table aria-label="What each score stands for" withColumnBorders>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Score</Table.Th>
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
          RFM segments
        </Title>
        <TextInput
          type="date"
          label="As of"
          description="Empty: today"
          value={asOfText}
          onChange={(e) => setAsOfText(e.currentTarget.value)}
          data-no-print
        />
      </Group>
      <Text size="sm" c="dimmed">
        Every customer with a visit is scored 1–5 on recency (R: how lately), frequency (F: how many visits)
        and monetary value (M: total spend), by fifths of the customers. Customers with equal values always
        get the same score, the one where their value starts, so when one value is shared by more than a fifth
        of customers (a single visit, often) a score can be skipped.
      </Text>
      {rfm.error && <Alert color="red">{rfm.error.message}</Alert>}
      {!rfm.data ? (
        <Loader size="sm" aria-label="Scoring customers" />
      ) : (
        <>
          <Text size="sm" role="status">
            {rfm.data.customers.toLocaleString()} customers scored as of {rfm.data.asOf}.
          </Text>
          <Table striped aria-label="RFM segments">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Segment</Table.Th>
                <Table.Th>Rule</Table.Th>
                <Table.Th>Customers who…</Table.Th>
                <Table.Th ta="right">Customers</Table.Th>
                <Table.Th ta="right">Share</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rfm.data.segments.map((segment) => (
                <Table.Tr key={segment.segment}>
                  <Table.Td>{segment.label}</Table.Td>
                  <Table.Td>{segment.rule}</Table.Td>
                  <Table.Td>{segment.meaning}</Table.Td>
                  <Table.Td ta="right">
                    <Anchor
                      component={Link}
                      to={paths.customerSet({
                        kind: 'rfm',
                        segment: segment.segment,
                        ...(asOf ? { asOf } : {}),
                      })}
                      aria-label={`${segment.label}: ${segment.customers} customers`}
                    >
                      {segment.customers.toLocaleString()}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right">{percent(segment.share)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {rfm.data.customers > 0 && <Bands summary={rfm.data} />}
        </>
      )}
    </Stack>
  );
}
