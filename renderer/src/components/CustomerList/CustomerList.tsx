import { Badge, Checkbox } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { fullName, type CustomerSummary } from '../../../../shared/domain/customer.ts';
import { paths } from '../../app/paths.ts';
import { formatDate } from '../../format/dates.ts';
import { formatMoney } from '../../format/money.ts';
import { LoyaltyBadge } from '../LoyaltyBadge/LoyaltyBadge.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import classes from './CustomerList.module.css';
import { messages } from './CustomerList.messages.ts';
import { CustomerListHeader, type SelectAllState, type SortState } from './CustomerListHeader.tsx';

const ROW_HEIGHT = 52;
/** Ask for the next page while this many loaded rows are still below the viewport. */
const PREFETCH_ROWS = 20;
/** More tags than this on one row become "+N": the row must stay one line high. */
const SHOWN_TAGS = 2;

export const customerRowId = (id: string) => `customer-row-${id}`;

interface CustomerListProps {
  id: string;
  customers: CustomerSummary[];
  activeIndex: number;
  onActiveIndexChange: (index: number) => void;
  /** Called when the user scrolls near the last loaded row. */
  onEndReached?: () => void;
  sortState: SortState;
  onSortChange: (state: SortState) => void;
  sortDisabled: boolean;
  selectAll: SelectAllState;
  isSelected: (id: string) => boolean;
  onToggle: (id: string, selected: boolean) => void;
}

function RowTags({ tags }: { tags: string[] }) {
  const rest = tags.length - SHOWN_TAGS;
  return (
    <span className={classes.tags}>
      {tags.slice(0, SHOWN_TAGS).map((tag) => (
        <Badge key={tag} size="sm" variant="outline" style={{ flexShrink: 1, minWidth: 0 }}>
          {tag}
        </Badge>
      ))}
      {rest > 0 && (
        <Badge size="sm" variant="transparent" title={tags.slice(SHOWN_TAGS).join(', ')}>
          +{rest}
        </Badge>
      )}
    </span>
  );
}

/** Only the rows in view exist in the DOM, so 100,000 customers scroll like 100. */
export function CustomerList({
  id,
  customers,
  activeIndex,
  onActiveIndexChange,
  onEndReached,
  sortState,
  onSortChange,
  sortDisabled,
  selectAll,
  isSelected,
  onToggle,
}: CustomerListProps) {
  const m = useMessages(messages);
  const viewportRef = useRef<HTMLDivElement>(null);
  const latestCustomers = useRef(customers);
  // Set by arrow keys pressed on a row, so focus follows the active row; typing in search does not.
  const focusActiveRow = useRef(false);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler in this build; the virtualizer re-renders the list itself
  const virtualizer = useVirtualizer({
    count: customers.length,
    getScrollElement: () => viewportRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => customers[index]?.id ?? index,
    overscan: 10,
  });
  const rows = virtualizer.getVirtualItems();
  const lastRendered = rows.at(-1)?.index ?? -1;

  useEffect(() => {
    latestCustomers.current = customers;
  });

  useEffect(() => {
    if (customers.length > 0 && lastRendered >= customers.length - PREFETCH_ROWS) onEndReached?.();
  }, [lastRendered, customers.length, onEndReached]);

  // Only a change of the active row scrolls; new pages arriving must not yank the list back.
  useEffect(() => {
    const customer = latestCustomers.current[activeIndex];
    if (!customer) return;
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    if (focusActiveRow.current) {
      focusActiveRow.current = false;
      document.getElementById(customerRowId(customer.id))?.focus();
    }
  }, [activeIndex, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    focusActiveRow.current = true;
    onActiveIndexChange(Math.min(Math.max(activeIndex + step, 0), customers.length - 1));
  };

  return (
    <div className={classes.frame}>
      <CustomerListHeader
        sortState={sortState}
        onSortChange={onSortChange}
        sortDisabled={sortDisabled}
        selectAll={selectAll}
      />
      <div ref={viewportRef} className={classes.viewport} onKeyDown={onKeyDown}>
        <div
          id={id}
          role="list"
          aria-label={m.customers}
          className={classes.list}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {rows.map((row) => {
            const customer = customers[row.index];
            if (!customer) return null;
            const active = row.index === activeIndex;
            const selected = isSelected(customer.id);
            const name = fullName(customer);
            return (
              <div
                key={row.key}
                role="listitem"
                aria-setsize={customers.length}
                aria-posinset={row.index + 1}
                className={classes.item}
                data-selected={selected || undefined}
                style={{ height: row.size, transform: `translateY(${row.start}px)` }}
              >
                <Checkbox
                  aria-label={m.select(name)}
                  checked={selected}
                  tabIndex={active ? 0 : -1}
                  onChange={(event) => onToggle(customer.id, event.currentTarget.checked)}
                />
                <Link
                  id={customerRowId(customer.id)}
                  to={paths.customer(customer.id)}
                  className={classes.row}
                  data-active={active || undefined}
                  // One tab stop for the whole list: Tab lands on the active row, arrows move from there.
                  tabIndex={active ? 0 : -1}
                  onFocus={() => onActiveIndexChange(row.index)}
                >
                  <span className={classes.nameCell}>
                    <span className={classes.nameLine}>
                      <span className={classes.name}>{name}</span>
                      <LoyaltyBadge tier={customer.loyaltyTier} />
                    </span>
                    {customer.email && <span className={classes.detail}>{customer.email}</span>}
                  </span>
                  <span className={classes.detail}>{customer.phone}</span>
                  <RowTags tags={customer.tags} />
                  <span className={classes.detail}>
                    {customer.lastVisitAt === null ? m.noVisitYet : formatDate(customer.lastVisitAt)}
                  </span>
                  <span className={`${classes.detail} ${classes.numeric}`}>{customer.visitCount}</span>
                  <span className={`${classes.detail} ${classes.numeric}`}>
                    {formatMoney(customer.totalSpendMinor)}
                  </span>
                </Link>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
