import { Alert, Button, Group, Loader, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { AuditQuery, AuditVerification } from '../../../../shared/domain/audit.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { notifyFailed } from '../../components/BulkActions/notify.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { downloadFile } from '../../format/download.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { useAllStaff } from '../../query/useStaff.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { useAuditCategoryOptions } from './audit-categories.ts';
import { messages } from './AuditPage.messages.ts';
import { detailLines } from './audit-text.ts';

const PAGE = 100;

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
  const m = useMessages(messages);
  const categoryOptions = useAuditCategoryOptions();
  const words = { empty: m.emptyValue, valuesErased: m.valuesErased };
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
      notifyFailed(error, m.notExported);
    }
  };
  const verify = async () => {
    try {
      setVerification(await call('audit:verify', {}));
    } catch (error) {
      notifyFailed(error, m.notChecked);
    }
  };

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={1}>{m.auditTrail}</Title>
        <Group gap="xs">
          <Button variant="default" onClick={() => void exportAs('csv')}>
            {m.exportCsv}
          </Button>
          <Button variant="default" onClick={() => void exportAs('json')}>
            {m.exportJson}
          </Button>
          <Button variant="light" onClick={() => void verify()}>
            {m.verifyChain}
          </Button>
        </Group>
      </Group>
      {verification && (
        <Alert
          color={verification.ok ? 'teal' : 'red'}
          title={verification.ok ? m.intact : m.tampered}
          role="status"
        >
          {verification.ok ? m.allEntriesUnchanged(verification.rows) : verification.problems.join(' · ')}
        </Alert>
      )}
      <Group align="flex-end" gap="sm" role="search" aria-label={m.filterTrail}>
        <Select
          label={m.who}
          placeholder={m.anyone}
          clearable
          value={who}
          onChange={setWho}
          data={(staff.data ?? []).map((member) => ({ value: member.id, label: member.displayName }))}
        />
        <Select
          label={m.what}
          placeholder={m.everything}
          clearable
          value={category}
          onChange={setCategory}
          data={categoryOptions}
        />
        <TextInput
          label={m.from}
          type="date"
          value={from}
          onChange={(event) => setFrom(event.currentTarget.value)}
        />
        <TextInput
          label={m.to}
          type="date"
          value={to}
          onChange={(event) => setTo(event.currentTarget.value)}
        />
        {customerId !== undefined && (
          <Button variant="light" onClick={() => setParams({})}>
            {m.onlyOneCustomer}
          </Button>
        )}
      </Group>
      {trail.isError && <Alert color="red">{trail.error.message}</Alert>}
      {trail.isPending && <Loader aria-label={m.loading} />}
      {trail.isSuccess && entries.length === 0 && <Text c="dimmed">{m.noEntriesMatch}</Text>}
      {entries.length > 0 && (
        <Table aria-label={m.auditEntries} verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.when}</Table.Th>
              <Table.Th>{m.who}</Table.Th>
              <Table.Th>{m.what}</Table.Th>
              <Table.Th>{m.details}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.seq}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</Table.Td>
                <Table.Td>{entry.actorLabel}</Table.Td>
                <Table.Td>
                  <Text size="sm">{entry.summary}</Text>
                  {(entry.subjectName ?? (entry.customerId !== null ? m.erasedCustomer : null)) && (
                    <Text size="xs" c="dimmed">
                      {entry.subjectName ?? m.erasedCustomer}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {detailLines(entry, words).map((line) => (
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
          {m.showOlder}
        </Button>
      )}
    </Stack>
  );
}
