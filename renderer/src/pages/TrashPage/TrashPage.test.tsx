import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBridge, render } from '../../test/render.tsx';

function shopWithTrash() {
  const bridge = createTestBridge();
  const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer', email: 'ann@example.com' });
  bridge.addInteraction({ customerId: ann.id, kind: 'visit', note: 'Cut and colour' });
  const bob = bridge.addCustomer({ firstName: 'Bob', lastName: 'Baker' });
  bridge.addCustomer({ firstName: 'Cleo', lastName: 'Cruz' });
  bridge.core.call('customers:delete', { ids: [ann.id, bob.id] });
  return { bridge, ann, bob };
}

const rowOf = (name: string) =>
  within(screen.getByRole('table', { name: 'Deleted customers' }))
    .getByRole('cell', { name })
    .closest('tr') as HTMLElement;

describe('TrashPage', () => {
  it('restores a deleted customer with their history', async () => {
    const { bridge, ann } = shopWithTrash();
    const { user } = render(undefined, { route: '/trash', bridge });

    expect(await screen.findByRole('heading', { level: 1, name: 'Trash' })).toBeInTheDocument();
    expect(screen.getByText(/Customers in the trash are erased after 30 days\./)).toBeInTheDocument();
    await screen.findByRole('table', { name: 'Deleted customers' });
    await user.click(within(rowOf('Ann Archer')).getByRole('button', { name: 'Restore' }));

    expect(await screen.findByText('Restored Ann Archer.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('cell', { name: 'Ann Archer' })).not.toBeInTheDocument());
    expect(bridge.customers.map((customer) => customer.firstName)).toEqual(['Ann', 'Cleo']);
    expect(bridge.interactions.filter((interaction) => interaction.customerId === ann.id)).toHaveLength(1);
  });

  it('erases one customer for good only after the user confirms', async () => {
    const { bridge, ann } = shopWithTrash();
    const { user } = render(undefined, { route: '/trash', bridge });
    await screen.findByRole('table', { name: 'Deleted customers' });

    await user.click(within(rowOf('Ann Archer')).getByRole('button', { name: 'Delete forever' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Ann Archer forever?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(bridge.core.call('customers:trash', {})).toMatchObject({ ok: true, data: { total: 2 } });

    await user.click(within(rowOf('Ann Archer')).getByRole('button', { name: 'Delete forever' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Delete Ann Archer forever?' })).getByRole('button', {
        name: 'Delete forever',
      }),
    );

    expect(await screen.findByText('Ann Archer was erased.')).toBeInTheDocument();
    expect(bridge.core.call('customers:trash', {})).toMatchObject({ ok: true, data: { total: 1 } });
    expect(bridge.core.call('customers:get', { id: ann.id })).toMatchObject({ ok: false });
  });

  it('empties the whole trash after a confirmation', async () => {
    const { bridge } = shopWithTrash();
    const { user } = render(undefined, { route: '/trash', bridge });
    await screen.findByRole('table', { name: 'Deleted customers' });

    await user.click(screen.getByRole('button', { name: 'Empty trash' }));
    const dialog = await screen.findByRole('dialog', { name: 'Empty the trash?' });
    expect(dialog).toHaveTextContent('All 2 customers in the trash');
    await user.click(within(dialog).getByRole('button', { name: 'Empty trash' }));

    expect(await screen.findByText('Erased 2 customers.')).toBeInTheDocument();
    expect(await screen.findByText('The trash is empty.')).toBeInTheDocument();
    expect(bridge.customers.map((customer) => customer.firstName)).toEqual(['Cleo']);
  });
});
