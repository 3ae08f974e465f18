import { Alert, Anchor, Group, Loader, Pagination, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CustomerSetInput } from '../../../../shared/domain/customer-set.ts';
import { fullName } from '../../../../shared/domain/customer.ts';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { formatDate } from '../../format/dates.ts';
import { formatMoney } from '../../format/money.ts';
import { pickLanguage } from '../../i18n/define-messages.ts';
import type { Language } from '../../i18n/languages.ts';
import { currentLanguage } from '../../i18n/LanguageProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { messages } from './CustomerSetList.messages.ts';

const PAGE_SIZE = 50;

/** "1 customer", "1,204 customers", in `language`. */
export const customersText = (n: number, language: Language = currentLanguage()) =>
  pickLanguage(messages, language).customerCount(n);

/** The customers of a set, by name, a page at a time; each opens the customer. */
export function CustomerSetList({ set, label }: { set: CustomerSetInput; label?: string }) {
  const m = useMessages(messages);
  const call = useCall();
  const [page, setPage] = useState(1);
  const offset = (page - 1) * PAGE_SIZE;
  const customers = useQuery({
    queryKey: queryKeys.segmentCustomers(set, offset),
    queryFn: () => call('segments:customers', { set, limit: PAGE_SIZE, offset }),
    placeholderData: keepPreviousData,
  });
  const total = customers.data?.total ?? 0;
  if (customers.error) return <Alert color="red">{customers.error.message}</Alert>;
  if (!customers.data) return <Loader size="sm" aria-label={m.loading} />;
  return (
    <>
      <Text role="status" size="sm" c="dimmed">
        {total === 0 ? m.noCustomers : m.customerCount(total)}
      </Text>
      {total > 0 && (
        <Table striped aria-label={label ?? m.customers}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.name}</Table.Th>
              <Table.Th>{m.phone}</Table.Th>
              <Table.Th>{m.email}</Table.Th>
              <Table.Th ta="right">{m.visits}</Table.Th>
              <Table.Th>{m.lastVisit}</Table.Th>
              <Table.Th ta="right">{m.spend}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {customers.data.items.map((customer) => (
              <Table.Tr key={customer.id}>
                <Table.Td>
                  <Anchor component={Link} to={paths.customer(customer.id)}>
                    {fullName(customer)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{customer.phone}</Table.Td>
                <Table.Td>{customer.email}</Table.Td>
                <Table.Td ta="right">{customer.visitCount}</Table.Td>
                <Table.Td>{customer.lastVisitAt === null ? '' : formatDate(customer.lastVisitAt)}</Table.Td>
                <Table.Td ta="right">{formatMoney(customer.totalSpendMinor)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {total > PAGE_SIZE && (
        <Group justify="center" data-no-print>
          <Pagination
            total={Math.ceil(total / PAGE_SIZE)}
            value={page}
            onChange={setPage}
            aria-label={m.pages}
          />
        </Group>
      )}
    </>
  );
}
