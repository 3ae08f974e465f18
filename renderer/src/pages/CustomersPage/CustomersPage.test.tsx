import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBridge, render } from '../../test/render.tsx';

function shopWithCustomers() {
  const bridge = createTestBridge();
  bridge.addCustomer({
    firstName: 'Ann',
    lastName: 'Archer',
    phone: '+32 470 12 34 56',
    email: 'ann@example.com',
  });
  bridge.addCustomer({ firstName: 'Anna', lastName: 'Baker', phone: '0470 99 88 77' });
  bridge.addCustomer({ firstName: 'José', lastName: 'Núñez', email: 'jose@example.com' });
  return bridge;
}

describe('CustomersPage', () => {
  it('lists every customer with the total when nothing is typed', async () => {
    render(undefined, { route: '/customers', bridge: shopWithCustomers() });

    const list = await screen.findByRole('list', { name: 'Customers' });
    expect(await within(list).findAllByRole('link')).toHaveLength(3);
    expect(screen.getByText('3 customers')).toBeInTheDocument();
    const ann = within(list).getByRole('link', { name: /Ann Archer/ });
    expect(ann).toHaveTextContent('ann@example.com');
    expect(ann).toHaveTextContent('+32 470 12 34 56');
    expect(ann).toHaveTextContent('No visit yet');
  });

  it('shows the matching customers as the user types', async () => {
    const { user } = render(undefined, { route: '/customers', bridge: shopWithCustomers() });
    await screen.findByText('3 customers');

    await user.type(screen.getByLabelText('Search customers'), 'nun');

    expect(await screen.findByText('1 match')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Customers' });
    expect(within(list).getByRole('link', { name: /José Núñez/ })).toBeInTheDocument();
    expect(within(list).queryByRole('link', { name: /Ann Archer/ })).not.toBeInTheDocument();
  });

  it('finds a customer by the last digits of the phone', async () => {
    const { user } = render(undefined, { route: '/customers', bridge: shopWithCustomers() });
    await user.type(screen.getByLabelText('Search customers'), '9988');

    expect(await screen.findByText('1 match')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Customers' });
    expect(within(list).getByRole('link', { name: /Anna Baker/ })).toBeInTheDocument();
  });

  it('opens the customer chosen with the arrow keys and Enter, without touching the mouse', async () => {
    const { user, bridge } = render(undefined, { route: '/customers', bridge: shopWithCustomers() });
    const search = screen.getByLabelText('Search customers');
    await user.type(search, 'ann');
    // "an" finds the same two: wait until the whole word was asked for, or the first row resets.
    await waitFor(() =>
      expect(bridge.calls).toContainEqual({
        channel: 'customers:search',
        input: { query: 'ann', limit: 100 },
      }),
    );
    await screen.findByText('2 matches');
    const list = screen.getByRole('list', { name: 'Customers' });
    expect(within(list).getAllByRole('link')).toHaveLength(2);

    await user.keyboard('{ArrowDown}');
    expect(search).toHaveAttribute(
      'aria-activedescendant',
      within(list).getByRole('link', { name: /Anna Baker/ }).id,
    );
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Anna Baker' })).toBeInTheDocument();
  });
});
