import { Alert, Button, Group, Loader, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  AUDIT_CATEGORY_LABELS,
  type AuditQuery,
  type AuditVerification,
} from '../../../../shared/domain/audit.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { notifyFailed } from '../../components/BulkActions/notify.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { downloadFile } from '../../format/download.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { useAllStaff } from '../../query/useStaff.ts';
import { detailLines } from './audit-text.ts';

const PAGE = 100;
const CATEGORY_OPTIONS = Object.entries(AUDIT_CATEGORY_LABELS).map(([value, label]) => ({ value, label }));

/** "2026-11-22" from a date input, as the start (or end) of that day on this computer. */
function dayBound(text: string, end: boolean): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year = 0, month = 1, day = 1] = match.slice(1).map(Number);
  return end
    ? new Date(year, month - 1, day, 23, 59, 59, 999).getTime()
    : new Date(year, month - 1, day).getTime();
}

/** The audit trail: who did what and when, filtered, paged, exported and verified. */
export function AuditPage() {
  const call = useCall();
  const staff = useAllStaff();
  const [params, setParams] = useSearchParams();
  const customerId = params.get('customer') ?? undefined;
  const [who, setWho] = useState<string | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [verification, setVerification] = useState<AuditVerification | null>(null);

  const filter: Omit<AuditQuery, 'before' | 'limit'> = {
    ...(who === null ? {} : { actorStaffId: who }),
    ...(category === null ? {} : { category }),
    ...(customerId === undefined ? {} : { customerId }),
    ...(dayBound(from, false) === undefined ? {} : { from: dayBound(from, false) }),
    ...(dayBound(to, true) === undefined ? {} : { to: dayBound(to, true) }),
  };
  const trail = useInfiniteQuery({
    queryKey: queryKeys.audit(filter),
    queryFn: ({ pageParam }) =>
      call('audit:list', {
        ...filter,
        limit: PAGE,
        ...(pageParam === undefined ? {} : { before: pageParam }),
      }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.hasMore ? last.items.at(-1)?.seq : undefined),
  });
  const entries = trail.data?.pages.flatMap((page) => page.items) ?? [];

  const exportAs = async (format: 'csv' | 'json') => {
    try {
      downloadFile(await call('audit:export', { ...filter, format }));
    } catch (error) {
      notifyFailed(error, 'The audit trail was not exported');
    }
  };
  const verify = async () => {
    try {
      setVerification(await call('audit:verify', {}));
    } catch (error) {
      notifyFailed(error, 'The audit trail could not be checked');
    }
  };

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={1}>Audit trail</Title>
        <Group gap="xs">
          <Button variant="default" onClick={() => void exportAs('csv')}>
            Export CSV
          </Button>
          <Button variant="default" onClick={() => void exportAs('json')}>
            Export JSON
          </Button>
          <Button variant="light" onClick={() => void verify()}>
            Verify the chain
          </Button>
        </Group>
      </Group>
      {verification && (
        <Alert
          color={verification.ok ? 'teal' : 'red'}
          title={verification.ok ? 'The trail is intact' : 'The trail was tampered with'}
          role="status"
        >
          {verification.ok
            ? `All ${verification.rows} entries follow one another unchanged.`
            : verification.problems.join(' · ')}
        </Alert>
      )}
      <Group align="flex-end" gap="sm" role="search" aria-label="Filter the audit trail">
        <Select
          label="Who"
          placeholder="Anyone"
          clearable
          value={who}
          onChange={setWho}
          data={(staff.data ?? []).map((member) => ({ value: member.id, label: member.displayName }))}
        />
        <Select
          label="What"
          placeholder="Everything"
          clearable
          value={category}
          onChange={setCategory}
          data={CATEGORY_OPTIONS}
        />
        <TextInput
          label="From"
          type="date"
          value={from}
          onChange={(event) => setFrom(event.currentTarget.value)}
        />
        <TextInput label="To" type="date" value={to} onChange={(event) => setTo(event.currentTarget.value)} />
        {customerId !== undefined && (
          <Button variant="light" onClick={() => setParams({})}>
            Only one customer: show everyone
          </Button>
        )}
      </Group>
      {trail.isError && <Alert color="red">{trail.error.message}</Alert>}
      {trail.isPending && <Loader aria-label="Loading the audit trail" />}
      {trail.isSuccess && entries.length === 0 && <Text c="dimmed">No entries match.</Text>}
      {entries.length > 0 && (
        <Table aria-label="Audit entries" verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Who</Table.Th>
              <Table.Th>What</Table.Th>
              <Table.Th>Details</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.seq}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</Table.Td>
                <Table.Td>{entry.actorLabel}</Table.Td>
                <Table.Td>
                  <Text size="sm">{entry.summary}</Text>
                  {(entry.subjectName ?? (entry.customerId !== null ? 'an erased customer' : null)) && (
                    <Text size="xs" c="dimmed">
                      {entry.subjectName ?? 'an erased customer'}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {detailLines(entry).map((line) => (
                    <Text key={line} size="xs" style={{ overflowWrap: 'anywhere' }}>
                      {line}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {trail.hasNextPage && (
        <Button
          variant="default"
          loading={trail.isFetchingNextPage}
          onClick={() => void trail.fetchNextPage()}
        >
          Show older entries
        </Button>
      )}
    </Stack>
  );
}
