import {
  Alert,
  Button,
  Group,
  Loader,
  Pagination,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fullName, type TrashedCustomer } from '../../../../shared/domain/customer.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { notifyDone, notifyFailed } from '../../components/BulkActions/notify.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { PurgeConfirmModal, type PurgeTarget } from './PurgeConfirmModal.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './TrashPage.messages.ts';

const PAGE_SIZE = 50;

export function TrashPage() {
  const m = useMessages(messages);
  const call = useCall();
  const client = useQueryClient();
  const [page, setPage] = useState(1);
  const offset = (page - 1) * PAGE_SIZE;
  const trash = useQuery({
    queryKey: queryKeys.trash(offset),
    queryFn: () => call('customers:trash', { limit: PAGE_SIZE, offset }),
    placeholderData: keepPreviousData,
  });
  const [purging, setPurging] = useState<PurgeTarget | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);
  const total = trash.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const refresh = () => void client.invalidateQueries({ queryKey: queryKeys.trashAll });

  const restore = async (customer: TrashedCustomer) => {
    setRestoring(customer.id);
    try {
      await call('customers:restore', { ids: [customer.id] });
      notifyDone(m.restored(fullName(customer)));
      refresh();
    } catch (error) {
      notifyFailed(error, m.stillInTrash(fullName(customer)));
    } finally {
      setRestoring(null);
    }
  };

  const purge = async (target: PurgeTarget) => {
    try {
      const { purged } = await call(
        'customers:purge',
        target.kind === 'one' ? { ids: [target.id] } : { olderThanDays: 0 },
      );
      notifyDone(target.kind === 'one' ? m.erasedOne(target.name) : m.erasedMany(purged));
      setPurging(null);
      if (page > 1 && target.kind === 'all') setPage(1);
      refresh();
    } catch (error) {
      notifyFailed(error, m.nothingErased);
    }
  };

  return (
    <Stack maw={960}>
      <Group justify="space-between">
        <Title order={1}>{m.title}</Title>
        <Button
          color="red"
          variant="light"
          disabled={total === 0}
          onClick={() => setPurging({ kind: 'all', count: total })}
        >
          {m.emptyTrash}
        </Button>
      </Group>
      <Text c="dimmed">{m.intro}</Text>
      {trash.isError && <Alert color="red">{trash.error.message}</Alert>}
      {trash.isPending && <Loader aria-label={m.loadingTrash} />}
      {trash.isSuccess && total === 0 && <Text>{m.trashIsEmpty}</Text>}
      {trash.isSuccess && total > 0 && (
        <Table aria-label={m.deletedCustomers} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.nameColumn}</Table.Th>
              <Table.Th>{m.contactColumn}</Table.Th>
              <Table.Th>{m.deletedColumn}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{m.actionsColumn}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {trash.data.items.map((customer) => (
              <Table.Tr key={customer.id}>
                <Table.Td fw={600}>{fullName(customer)}</Table.Td>
                <Table.Td>{[customer.phone, customer.email].filter(Boolean).join(' · ')}</Table.Td>
                <Table.Td>{formatDateTime(customer.deletedAt)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="light"
                      loading={restoring === customer.id}
                      onClick={() => void restore(customer)}
                    >
                      {m.restore}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => setPurging({ kind: 'one', id: customer.id, name: fullName(customer) })}
                    >
                      {m.deleteForever}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} aria-label={m.trashPages} />}
      {purging && (
        <PurgeConfirmModal
          target={purging}
          onConfirm={() => purge(purging)}
          onClose={() => setPurging(null)}
        />
      )}
    </Stack>
  );
}
