import { Alert, Button, Group, Loader, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../app/paths.ts';
import { CustomerList, customerRowId } from '../../components/CustomerList/CustomerList.tsx';
import classes from './CustomersPage.module.css';
import { SEARCH_LIMIT, useCustomerResults } from './useCustomerResults.ts';

const LIST_ID = 'customer-results';

function countText(total: number, query: string): string {
  if (query === '') return total === 1 ? '1 customer' : `${total} customers`;
  if (total >= SEARCH_LIMIT) return `First ${SEARCH_LIMIT} matches: type more to narrow down`;
  return total === 1 ? '1 match' : `${total} matches`;
}

export function CustomersPage() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text.trim(), 100);
  const results = useCustomerResults(query);
  // The active row belongs to one query: new results start again at the first row.
  const [active, setActive] = useState({ query, index: 0 });
  const activeIndex = active.query === query ? Math.min(active.index, results.customers.length - 1) : 0;
  const activeCustomer = results.customers[activeIndex];
  const setActiveIndex = (index: number) => setActive({ query, index });

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex(Math.min(Math.max(activeIndex + step, 0), results.customers.length - 1));
    } else if (event.key === 'Enter' && activeCustomer) {
      event.preventDefault();
      void navigate(paths.customer(activeCustomer.id));
    }
  };

  return (
    <div className={classes.page}>
      <Group justify="space-between">
        <Title order={1}>Customers</Title>
        <Button component={Link} to={paths.newCustomer}>
          New customer
        </Button>
      </Group>
      <TextInput
        label="Search customers"
        description="Name, phone digits, e-mail or customer code. ↑ ↓ to move, Enter to open."
        type="search"
        autoFocus
        autoComplete="off"
        maxLength={200}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={onSearchKeyDown}
        rightSection={results.isPending && query !== '' ? <Loader size="xs" /> : null}
        aria-controls={LIST_ID}
        aria-activedescendant={activeCustomer ? customerRowId(activeCustomer.id) : undefined}
      />
      <Text size="sm" c="dimmed" role="status">
        {results.isPending ? 'Loading…' : countText(results.total, query)}
      </Text>
      {results.error && <Alert color="red">{results.error.message}</Alert>}
      {!results.isPending && results.total === 0 && query === '' && (
        <Text>No customers yet. Add the first one with “New customer”.</Text>
      )}
      <CustomerList
        id={LIST_ID}
        customers={results.customers}
        activeIndex={activeIndex}
        onActiveIndexChange={setActiveIndex}
        onEndReached={results.loadMore}
      />
    </div>
  );
}
