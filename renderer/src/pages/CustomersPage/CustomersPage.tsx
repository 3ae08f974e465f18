import { Alert, Badge, Button, Collapse, Group, Loader, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { BulkActions } from '../../components/BulkActions/BulkActions.tsx';
import { notifyFailed } from '../../components/BulkActions/notify.tsx';
import { useBulkActions } from '../../components/BulkActions/useBulkActions.ts';
import { CustomerFilters } from '../../components/CustomerFilters/CustomerFilters.tsx';
import {
  countActiveFilters,
  EMPTY_FILTER_VALUES,
  toCustomerFilter,
} from '../../components/CustomerFilters/filter-values.ts';
import { CustomerList, customerRowId } from '../../components/CustomerList/CustomerList.tsx';
import { ExportButton } from '../../components/ExportForm/ExportDialog.tsx';
import type { SortState } from '../../components/CustomerList/CustomerListHeader.tsx';
import { useCustomFields } from '../../query/useCustomFields.ts';
import type { MessagesIn } from '../../i18n/define-messages.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import classes from './CustomersPage.module.css';
import { messages } from './CustomersPage.messages.ts';
import { fetchMatchingIds, useCustomerSelection } from './useCustomerSelection.ts';
import { SEARCH_LIMIT, useCustomerResults, type BrowseQuery } from './useCustomerResults.ts';

const LIST_ID = 'customer-results';

function countText(m: MessagesIn<typeof messages>, total: number, query: string, filtered: boolean): string {
  if (query !== '') return total >= SEARCH_LIMIT ? m.firstMatches(SEARCH_LIMIT) : m.matches(total);
  if (filtered) return total === 0 ? m.noneMatchFilters : m.matchFilters(total);
  return m.customers(total);
}

export function CustomersPage() {
  const m = useMessages(messages);
  const navigate = useNavigate();
  const call = useCall();
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text.trim(), 100);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [filterValues, setFilterValues] = useState(EMPTY_FILTER_VALUES);
  const [settledFilterValues] = useDebouncedValue(filterValues, 250);
  const [sortState, setSortState] = useState<SortState>({ sort: 'name', direction: 'asc' });
  const fields = useCustomFields().data ?? [];
  const { filter } = toCustomerFilter(settledFilterValues, fields);
  const { errors: filterErrors } = toCustomerFilter(filterValues, fields);
  const browse: BrowseQuery = { ...sortState, filter };
  const activeFilters = countActiveFilters(filter);
  const results = useCustomerResults(query, browse);
  const selection = useCustomerSelection(JSON.stringify([query, browse]));
  const bulk = useBulkActions();

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

  const selectAllMatching = (checked: boolean) => {
    if (!checked) return selection.clear();
    // Search results are all on screen already; a browse may hold far more than is loaded.
    const searched = results.customers.map((customer) => customer.id);
    const load = query !== '' ? () => Promise.resolve(searched) : () => fetchMatchingIds(call, browse);
    selection.selectAll(load).catch((error: unknown) => notifyFailed(error, m.couldNotSelectAll));
  };
  const selectedCount = selection.ids.size;

  return (
    <div className={classes.page}>
      <Group justify="space-between">
        <Title order={1}>{m.title}</Title>
        <Group gap="xs">
          <ExportButton selectedIds={[...selection.ids]} filter={filter} filtered={activeFilters > 0} />
          <Button component={Link} to={paths.newCustomer}>
            {m.newCustomer}
          </Button>
        </Group>
      </Group>
      <TextInput
        label={m.searchCustomers}
        description={m.searchHint}
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
      <Group justify="space-between">
        <Text size="sm" c="dimmed" role="status">
          {results.isPending ? m.loading : countText(m, results.total, query, activeFilters > 0)}
          {query !== '' && activeFilters > 0 && m.filtersApplyLater}
        </Text>
        <Button
          variant="subtle"
          size="compact-sm"
          aria-expanded={filtersOpen}
          aria-controls="customer-filters"
          onClick={() => setFiltersOpen((open) => !open)}
          rightSection={activeFilters > 0 ? <Badge size="sm">{activeFilters}</Badge> : null}
        >
          {m.filters}
        </Button>
      </Group>
      <Collapse expanded={filtersOpen} id="customer-filters">
        <CustomerFilters
          values={filterValues}
          errors={filterErrors}
          fields={fields}
          onChange={setFilterValues}
        />
      </Collapse>
      {results.error && <Alert color="red">{results.error.message}</Alert>}
      {!results.isPending && results.total === 0 && query === '' && activeFilters === 0 && (
        <Text>{m.noCustomersYet}</Text>
      )}
      {selectedCount > 0 && (
        <BulkActions
          count={selectedCount}
          onTag={(tag, action) => bulk.tag([...selection.ids], tag, action)}
          onDelete={async () => {
            if (await bulk.remove([...selection.ids])) selection.clear();
          }}
          onClear={selection.clear}
        />
      )}
      <CustomerList
        id={LIST_ID}
        customers={results.customers}
        activeIndex={activeIndex}
        onActiveIndexChange={setActiveIndex}
        onEndReached={results.loadMore}
        sortState={sortState}
        onSortChange={setSortState}
        sortDisabled={query !== ''}
        isSelected={selection.isSelected}
        onToggle={selection.toggle}
        selectAll={{
          label: m.selectAllMatching(results.total),
          checked: results.total > 0 && selectedCount >= results.total,
          indeterminate: selectedCount > 0 && selectedCount < results.total,
          disabled: results.total === 0,
          loading: selection.selectingAll,
          onChange: selectAllMatching,
        }}
      />
    </div>
  );
}
