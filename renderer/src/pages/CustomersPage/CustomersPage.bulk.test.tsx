import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBridge, render } from '../../test/render.tsx';

function shopWith(count: number) {
  const bridge = createTestBridge();
  for (let index = 0; index < count; index += 1) {
    bridge.addCustomer({ firstName: `Guest${String(index).padStart(3, '0')}`, lastName: 'Visitor' });
  }
  return bridge;
}

describe('CustomersPage bulk actions', () => {
  it('selects every matching customer, not only the loaded rows, tags them all, and undoes exactly that', async () => {
    // More than one page of the list (100 rows), so "all" must be fetched, not read off the screen.
    const bridge = shopWith(130);
    const regular = bridge.addCustomer({ firstName: 'Already', lastName: 'Tagged', tags: ['spring'] });
    const { user } = render(undefined, { route: '/customers', bridge });
    await screen.findByText('131 customers');

    await user.click(screen.getByRole('checkbox', { name: 'Select all 131 matching' }));
    const bar = await screen.findByRole('region', { name: 'Bulk actions' });
    expect(within(bar).getByText('131 selected')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select all 131 matching' })).toBeChecked();

    await user.click(within(bar).getByRole('button', { name: 'Add tag' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a tag to 131 customers' });
    await user.type(within(dialog).getByLabelText('Tag'), 'spring');
    await user.click(within(dialog).getByRole('button', { name: 'Add tag' }));

    expect(
      await screen.findByText('Added “spring” to 130 customers (1 had it already).'),
    ).toBeInTheDocument();
    expect(bridge.customers.every((customer) => customer.tags.includes('spring'))).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('“spring” taken off 130 customers again.')).toBeInTheDocument();
    const tagged = bridge.customers.filter((customer) => customer.tags.includes('spring'));
    // The one who had the tag before keeps it: undo reverses only what the action changed.
    expect(tagged.map((customer) => customer.id)).toEqual([regular.id]);
  });

  it('refuses a tag with a comma next to the field and tags nobody', async () => {
    const bridge = shopWith(2);
    const { user } = render(undefined, { route: '/customers', bridge });
    await user.click(await screen.findByRole('checkbox', { name: 'Select Guest000 Visitor' }));

    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a tag to 1 customer' });
    await user.type(within(dialog).getByLabelText('Tag'), 'a,b');
    await user.click(within(dialog).getByRole('button', { name: 'Add tag' }));

    expect(within(dialog).getByLabelText('Tag')).toHaveAccessibleDescription('Tag must not contain a comma');
    expect(bridge.calls.some((call) => call.channel === 'customers:bulkTag')).toBe(false);
  });

  it('moves the selected customers to the trash and brings them back with Undo', async () => {
    const bridge = shopWith(3);
    const { user } = render(undefined, { route: '/customers', bridge });
    await user.click(await screen.findByRole('checkbox', { name: 'Select Guest000 Visitor' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Guest002 Visitor' }));
    expect(screen.getByRole('checkbox', { name: 'Select all 3 matching' })).toBePartiallyChecked();

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Moved 2 customers to the trash.')).toBeInTheDocument();
    expect(await screen.findByText('1 customer')).toBeInTheDocument();
    expect(bridge.customers.map((customer) => customer.firstName)).toEqual(['Guest001']);
    expect(screen.queryByRole('region', { name: 'Bulk actions' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Restored 2 customers.')).toBeInTheDocument();
    await waitFor(() => expect(bridge.customers).toHaveLength(3));
    expect(await screen.findByText('3 customers')).toBeInTheDocument();
  });
});
