import { Checkbox, Loader, UnstyledButton } from '@mantine/core';
import type { CustomerSort } from '../../../../shared/domain/customer-query.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import classes from './CustomerList.module.css';
import { messages } from './CustomerList.messages.ts';

export type SortDirection = 'asc' | 'desc';
export interface SortState {
  sort: CustomerSort;
  direction: SortDirection;
}

/** Names read A→Z first; for the numbers the most recent or the biggest is what people look for. */
const FIRST_DIRECTION: Record<CustomerSort, SortDirection> = {
  name: 'asc',
  lastVisit: 'desc',
  visits: 'desc',
  spend: 'desc',
};

/** Clicking the sorted column flips its direction; another column starts at its natural one. */
export function nextSort(current: SortState, sort: CustomerSort): SortState {
  if (current.sort !== sort) return { sort, direction: FIRST_DIRECTION[sort] };
  return { sort, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}

export interface SelectAllState {
  label: string;
  checked: boolean;
  indeterminate: boolean;
  disabled: boolean;
  loading: boolean;
  onChange: (checked: boolean) => void;
}

interface HeaderProps {
  sortState: SortState;
  onSortChange: (state: SortState) => void;
  /** While searching, results come ranked by the search: sorting applies to browsing only. */
  sortDisabled: boolean;
  selectAll: SelectAllState;
}

function SortableHeader({
  label,
  sort,
  numeric = false,
  sortState,
  onSortChange,
  sortDisabled,
}: { label: string; sort: CustomerSort; numeric?: boolean } & Omit<HeaderProps, 'selectAll'>) {
  const active = !sortDisabled && sortState.sort === sort;
  const ariaSort = active ? (sortState.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <div role="columnheader" aria-sort={ariaSort} className={numeric ? classes.numeric : undefined}>
      <UnstyledButton
        fw={600}
        fz="sm"
        disabled={sortDisabled}
        onClick={() => onSortChange(nextSort(sortState, sort))}
      >
        {label}
        <span aria-hidden="true">{active ? (sortState.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </UnstyledButton>
    </div>
  );
}

/** The column headings: select-all, then sort buttons that say their state with aria-sort. */
export function CustomerListHeader({ sortState, onSortChange, sortDisabled, selectAll }: HeaderProps) {
  const m = useMessages(messages);
  const sortProps = { sortState, onSortChange, sortDisabled };
  return (
    <div role="table" aria-label={m.customerColumns}>
      <div role="row" className={classes.header}>
        <div role="columnheader">
          {selectAll.loading ? (
            <Loader size="xs" aria-label={m.selectingAll} />
          ) : (
            <Checkbox
              aria-label={selectAll.label}
              checked={selectAll.checked}
              indeterminate={selectAll.indeterminate}
              disabled={selectAll.disabled}
              onChange={(event) => selectAll.onChange(event.currentTarget.checked)}
            />
          )}
        </div>
        <SortableHeader label={m.name} sort="name" {...sortProps} />
        <div role="columnheader">{m.phone}</div>
        <div role="columnheader">{m.tags}</div>
        <SortableHeader label={m.lastVisit} sort="lastVisit" {...sortProps} />
        <SortableHeader label={m.visits} sort="visits" numeric {...sortProps} />
        <SortableHeader label={m.spend} sort="spend" numeric {...sortProps} />
      </div>
    </div>
  );
}
