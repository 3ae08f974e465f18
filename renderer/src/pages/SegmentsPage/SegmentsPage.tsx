import { Alert, Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Segment } from '../../../../shared/domain/segment.ts';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { PrintButton } from '../../components/PrintButton/PrintButton.tsx';
import { useCustomFields } from '../../query/useCustomFields.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { useDescribeFilter } from './describe-filter.ts';
import { RfmSection } from './RfmSection.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './SegmentsPage.messages.ts';

function SegmentCount({ segment }: { segment: Segment }) {
  const m = useMessages(messages);
  const call = useCall();
  const count = useQuery({
    queryKey: queryKeys.segmentCount(segment.filter),
    queryFn: () => call('segments:count', { filter: segment.filter }),
  });
  return (
    <Anchor
      component={Link}
      to={paths.customerSet({ kind: 'segment', id: segment.id })}
      aria-label={m.customersOf(segment.name)}
    >
      {count.data ? count.data.count.toLocaleString() : '…'}
    </Anchor>
  );
}

/** Saved segments (filters over customer facts) and the built-in RFM segments. */
export function SegmentsPage() {
  const m = useMessages(messages);
  const describeFilter = useDescribeFilter();
  const call = useCall();
  const segments = useQuery({ queryKey: queryKeys.segmentsAll, queryFn: () => call('segments:list', {}) });
  const fields = useCustomFields(true).data ?? [];
  const fieldName = (id: string) => fields.find((field) => field.id === id)?.name ?? m.removedField;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{m.title}</Title>
        <Group gap="sm">
          <PrintButton />
          <Button component={Link} to={paths.newSegment}>
            {m.newSegment}
          </Button>
        </Group>
      </Group>
      {segments.error && <Alert color="red">{segments.error.message}</Alert>}
      {!segments.data ? (
        <Loader size="sm" aria-label={m.loadingSegments} />
      ) : segments.data.length === 0 ? (
        <Text>{m.noSegmentsYet}</Text>
      ) : (
        <Table striped aria-label={m.savedSegments}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.nameColumn}</Table.Th>
              <Table.Th>{m.customersWhoColumn}</Table.Th>
              <Table.Th ta="right">{m.customersColumn}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {segments.data.map((segment) => (
              <Table.Tr key={segment.id}>
                <Table.Td>
                  <Anchor component={Link} to={paths.segment(segment.id)}>
                    {segment.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{describeFilter(segment.filter, fieldName)}</Table.Td>
                <Table.Td ta="right">
                  <SegmentCount segment={segment} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <RfmSection />
    </Stack>
  );
}
