import { Modal, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import type { CustomerSummary } from '../../../../shared/domain/customer.ts';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import classes from './Spotlight.module.css';
import { SpotlightResult } from './SpotlightResult.tsx';
import { START_LOGGING } from './spotlight-state.ts';
import type { TypeAheadBuffer } from './type-ahead.ts';
import type { MessagesIn } from '../../i18n/define-messages.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './Spotlight.messages.ts';

/** The attribute that marks the spotlight's search field. */
export const SEARCH_FIELD = 'data-spotlight-search';

/** Enough to pick from at the counter; more means typing another letter or digit. */
const RESULT_LIMIT = 8;
/** Shorter than anyone takes between the last keystroke and Enter. */
const PREFETCH_AFTER_MS = 120;

function statusText(m: MessagesIn<typeof messages>, query: string, count: number, loading: boolean): string {
  if (query === '') return m.searchHint;
  if (loading) return m.searching;
  if (count === 0) return m.noMatch(query);
  return m.matches(count);
}

interface SpotlightDialogProps {
  opened: boolean;
  onClose: () => void;
  /** Keys typed between Ctrl+K and the search field getting the focus. */
  typeAhead: TypeAheadBuffer;
}

/**
 * Finds a customer as the user types (no debounce: the core answers in a few milliseconds) and
 * opens the chosen one with Enter; the customer page then takes a second Enter as "start logging".
 */
export function SpotlightDialog({ opened, onClose, typeAhead }: SpotlightDialogProps) {
  const m = useMessages(messages);
  const call = useCall();
  const client = useQueryClient();
  const navigate = useNavigate();
  const listId = useId();
  const [text, setText] = useState('');
  // Closed by choosing a customer, focus belongs to the page that opens, not where it was before.
  const [returnFocus, setReturnFocus] = useState(true);
  // What the field holds now, for an answer that arrives after more typing or after closing.
  const latestQuery = useRef('');
  const query = text.trim();

  const searchFor = (forQuery: string) => ({
    queryKey: queryKeys.spotlightSearch(forQuery),
    queryFn: () => call('customers:search', { query: forQuery, limit: RESULT_LIMIT }),
  });
  const search = useQuery({
    ...searchFor(query),
    enabled: opened && query !== '',
    // The last matches stay painted while the next keystroke's arrive, instead of flashing empty.
    placeholderData: keepPreviousData,
  });
  const customers = query === '' ? [] : (search.data ?? []);
  const current = query !== '' && search.isSuccess && !search.isPlaceholderData;

  // The highlighted row belongs to one query: new matches start again at the first.
  const [active, setActive] = useState({ query, index: 0 });
  const activeIndex = active.query === query ? Math.min(active.index, customers.length - 1) : 0;
  const activeCustomer = customers[activeIndex];
  const optionId = (customer: CustomerSummary) => `${listId}-${customer.id}`;

  // Loads the highlighted customer ahead, so Enter shows their page at once; only once typing
  // pauses, so these loads never queue in front of the next keystroke's search.
  const [activeId] = useDebouncedValue(activeCustomer?.id, PREFETCH_AFTER_MS);
  useEffect(() => {
    if (!activeId) return;
    void client.prefetchQuery({
      queryKey: queryKeys.customer(activeId),
      queryFn: () => call('customers:get', { id: activeId }),
    });
  }, [activeId, call, client]);

  const close = (navigating: boolean) => {
    typeAhead.take();
    setReturnFocus(!navigating);
    latestQuery.current = '';
    setText('');
    onClose();
  };

  const openCustomer = (customer: CustomerSummary) => {
    close(true);
    void navigate(paths.customer(customer.id), { state: START_LOGGING });
  };
  // The rows are memoized: they get callbacks that stay the same from one keystroke to the next.
  const openCustomerRef = useRef(openCustomer);
  useLayoutEffect(() => {
    openCustomerRef.current = openCustomer;
  });
  const chooseRow = useCallback((customer: CustomerSummary) => openCustomerRef.current(customer), []);
  const hoverRow = useCallback((index: number) => setActive({ query: latestQuery.current, index }), []);

  // Enter before the matches for the last keystroke arrived: open the first of those.
  const openFirstMatchOf = (forQuery: string) => {
    if (forQuery === '') return;
    void client.fetchQuery(searchFor(forQuery)).then((found) => {
      const first = found[0];
      if (first && latestQuery.current === forQuery) openCustomer(first);
    });
  };

  const setQueryText = (value: string) => {
    setText(value);
    const trimmed = value.trim();
    latestQuery.current = trimmed;
    // Asked now, from the key's own event, rather than after React has rendered the new text and
    // the query hook has noticed: the answer is on its way some 5-10 ms sooner. useQuery then
    // finds the request in flight (or its answer cached) and does not ask twice.
    if (trimmed !== '') void client.prefetchQuery(searchFor(trimmed));
  };

  const onFocus = () => {
    const typed = typeAhead.take();
    if (!typed || (typed.text === '' && !typed.enter)) return;
    const value = text + typed.text;
    setQueryText(value);
    if (typed.enter) openFirstMatchOf(value.trim());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (customers.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive({ query, index: (activeIndex + step + customers.length) % customers.length });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (current) {
        if (activeCustomer) openCustomer(activeCustomer);
      } else openFirstMatchOf(query);
    }
  };

  return (
    <Modal.Root
      opened={opened}
      onClose={() => close(false)}
      returnFocus={returnFocus}
      size="lg"
      yOffset="12vh"
      transitionProps={{ duration: 0 }}
    >
      <Modal.Overlay />
      <Modal.Content aria-label={m.findCustomer}>
        <div className={classes.body}>
          <TextInput
            data-autofocus
            {...{ [SEARCH_FIELD]: true }}
            aria-label={m.findCustomer}
            placeholder={m.findCustomerPlaceholder}
            size="md"
            type="search"
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            value={text}
            onChange={(event) => setQueryText(event.currentTarget.value)}
            onFocus={onFocus}
            onKeyDown={onKeyDown}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={customers.length > 0}
            aria-controls={listId}
            aria-activedescendant={activeCustomer ? optionId(activeCustomer) : undefined}
          />
          <Text size="sm" c="dimmed" role="status" mt="xs">
            {statusText(m, query, customers.length, query !== '' && !current && customers.length === 0)}
          </Text>
          <div
            id={listId}
            role="listbox"
            aria-label={m.matchingCustomers}
            className={classes.list}
            // Which query the matches shown answer (the end-to-end test times their painting by it).
            data-query={current ? query : undefined}
          >
            {customers.map((customer, index) => (
              <SpotlightResult
                key={customer.id}
                id={optionId(customer)}
                customer={customer}
                index={index}
                active={index === activeIndex}
                onHover={hoverRow}
                onChoose={chooseRow}
              />
            ))}
          </div>
        </div>
      </Modal.Content>
    </Modal.Root>
  );
}
