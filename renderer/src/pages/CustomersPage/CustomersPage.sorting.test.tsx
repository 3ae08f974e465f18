import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../format/money.ts';
import { createTestBridge, render } from '../../test/render.tsx';

/** Three customers whose name, visits and spend orders all differ. */
function shopWithSpending() {
  const bridge = createTestBridge();
  const day = (date: number) => Date.UTC(2025, 3, date, 10);
  const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer', tags: ['vip'] });
  const bob = bridge.addCustomer({ firstName: 'Bob', lastName: 'Baker', tags: ['vip', 'student'] });
  const cleo = bridge.addCustomer({ firstName: 'Cleo', lastName: 'Cruz', tags: ['student'] });
  bridge.addInteraction({ customerId: ann.id, kind: 'purchase', amountMinor: 1500, occurredAt: day(1) });
  bridge.addInteraction({ customerId: bob.id, kind: 'visit', amountMinor: 9000, occurredAt: day(2) });
  bridge.addInteraction({ customerId: cleo.id, kind: 'visit', amountMinor: 500, occurredAt: day(3) });
  bridge.addInteraction({ customerId: cleo.id, kind: 'visit', amountMinor: 500, occurredAt: day(4) });
  return bridge;
}

const rowNames = () =>
  within(screen.getByRole('list', { name: 'Customers' }))
    .getAllByRole('link')
    .map((link) => /^(Ann Archer|Bob Baker|Cleo Cruz)/.exec(link.textContent ?? '')?.[1]);

describe('CustomersPage sorting and filters', () => {
  it('sorts by spend, most first, then flips to least first, saying so with aria-sort', async () => {
    const { user } = render(undefined, { route: '/customers', bridge: shopWithSpending() });
    await screen.findByText('3 customers');
    expect(rowNames()).toEqual(['Ann Archer', 'Bob Baker', 'Cleo Cruz']);
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
    expect(
      within(screen.getByRole('list', { name: 'Customers' })).getByRole('link', { name: /Bob Baker/ }),
    ).toHaveTextContent(formatMoney(9000));

    await user.click(screen.getByRole('button', { name: 'Spend' }));
    await waitFor(() => expect(rowNames()).toEqual(['Bob Baker', 'Ann Archer', 'Cleo Cruz']));
    expect(screen.getByRole('columnheader', { name: 'Spend' })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'none');

    await user.click(screen.getByRole('button', { name: 'Spend' }));
    await waitFor(() => expect(rowNames()).toEqual(['Cleo Cruz', 'Ann Archer', 'Bob Baker']));
    expect(screen.getByRole('columnheader', { name: 'Spend' })).toHaveAttribute('aria-sort', 'ascending');

    await user.click(screen.getByRole('button', { name: 'Visits' }));
    await waitFor(() => expect(rowNames()[0]).toBe('Cleo Cruz'));
    expect(screen.getByRole('columnheader', { name: 'Visits' })).toHaveAttribute('aria-sort', 'descending');
  });

  it('filters by tag and by spend in the core, and says how many match', async () => {
    const { user, bridge } = render(undefined, { route: '/customers', bridge: shopWithSpending() });
    await screen.findByText('3 customers');

    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.type(screen.getByRole('combobox', { name: 'Tags' }), 'student{Enter}');
    expect(await screen.findByText('2 customers match the filters')).toBeInTheDocument();
    expect(rowNames()).toEqual(['Bob Baker', 'Cleo Cruz']);

    await user.type(screen.getByLabelText('Spend from'), '50');
    expect(await screen.findByText('1 customer matches the filters')).toBeInTheDocument();
    expect(rowNames()).toEqual(['Bob Baker']);
    // The filtering happened in SQLite: the last list call carried the filters.
    expect(bridge.calls.filter((call) => call.channel === 'customers:list').at(-1)?.input).toMatchObject({
      filter: { tags: ['student'], spendMinMinor: 5000 },
    });

    await user.type(screen.getByLabelText('Spend to'), 'lots');
    expect(await screen.findByText('Spend to must be an amount like 12.50')).toBeInTheDocument();
    expect(screen.getByLabelText('Spend to')).toBeInvalid();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('3 customers')).toBeInTheDocument();
  });
});
