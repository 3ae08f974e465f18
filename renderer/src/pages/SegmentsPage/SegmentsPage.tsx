import { Alert, Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { describeFilter, type Segment } from '../../../../shared/domain/segment.ts';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { PrintButton } from '../../components/PrintButton/PrintButton.tsx';
import { useCustomFields } from '../../query/useCustomFields.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { RfmSection } from './RfmSection.tsx';

function SegmentCount({ segment }: { segment: Segment }) {
  const call = useCall();
  const count = useQuery({
    queryKey: queryKeys.segmentCount(segment.filter),
    queryFn: () => call('segments:count', { filter: segment.filter }),
  });
  return (
    <Anchor
      component={Link}
      to={paths.customerSet({ kind: 'segment', id: segment.id })}
      aria-label={`Customers of ${segment.name}`}
    >
      {count.data ? count.data.count.toLocaleString() : '…'}
    </Anchor>
  );
}

/** Saved segments (filters over customer facts) and the built-in RFM segments. */
export function SegmentsPage() {
  const call = useCall();
  const segments = useQuery({ queryKey: queryKeys.segmentsAll, queryFn: () => call('segments:list', {}) });
  const fields = useCustomFields(true).data ?? [];
  const fieldName = (id: string) => fields.find((field) => field.id === id)?.name ?? 'a removed field';
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Segments</Title>
        <Group gap="sm">
          <PrintButton />
          <Button component={Link} to={paths.newSegment}>
            New segment
          </Button>
        </Group>
      </Group>
      {segments.error && <Alert color="red">{segments.error.message}</Alert>}
      {!segments.data ? (
        <Loader size="sm" aria-label="Loading segments" />
      ) : segments.data.length === 0 ? (
        <Text>
          No saved segments yet. A segment is a list that keeps itself up to date, like “regulars who have not
          come in 60 days”.
        </Text>
      ) : (
        <Table striped aria-label="Saved segments">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Customers who…</Table.Th>
              <Table.Th ta="right">Customers</Table.Th>
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
