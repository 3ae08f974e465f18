import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBridge, render } from '../../test/render.tsx';

/** Ann came twice; "Anne" was typed in later with the same phone, another e-mail and a note. */
function shopWithTwins() {
  const bridge = createTestBridge();
  const ann = bridge.addCustomer({
    firstName: 'Ann',
    lastName: 'Archer',
    phone: '+32 470 12 34 56',
    email: 'ann@example.com',
    tags: ['vip'],
  });
  bridge.addInteraction({ customerId: ann.id, kind: 'visit', occurredAt: Date.UTC(2025, 0, 10) });
  bridge.addInteraction({ customerId: ann.id, kind: 'visit', occurredAt: Date.UTC(2025, 1, 10) });
  const anne = bridge.addCustomer({
    firstName: 'Anne',
    lastName: 'Archer',
    phone: '0032 470 123 456',
    email: 'anne.archer@example.org',
    notes: 'Prefers Sam',
    tags: ['student'],
  });
  bridge.addInteraction({ customerId: anne.id, kind: 'note', note: 'Asked about gift cards' });
  bridge.addCustomer({ firstName: 'Bob', lastName: 'Baker', phone: '+32 499 00 00 00' });
  return { bridge, ann, anne };
}

describe('DuplicatesPage', () => {
  it('merges a pair with the values the user picked, then undoes the merge exactly', async () => {
    const { bridge, ann, anne } = shopWithTwins();
    const before = bridge.customers;
    const { user } = render(undefined, { route: '/duplicates', bridge });

    expect(await screen.findByRole('heading', { level: 1, name: 'Possible duplicates' })).toBeInTheDocument();
    const pair = await screen.findByRole('article', {
      name: /Ann Archer and Anne Archer|Anne Archer and Ann Archer/,
    });
    expect(pair).toHaveTextContent('% alike');
    await user.click(within(pair).getByRole('button', { name: 'Merge…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Merge customers' });
    // Ann has the visits, so her record is the one kept unless the user says otherwise.
    const keep = await within(dialog).findByRole('radiogroup', { name: /Keep/ });
    expect(within(keep).getByRole('radio', { name: /^Ann Archer/ })).toBeChecked();
    const email = within(dialog).getByRole('radiogroup', { name: 'Email' });
    expect(within(email).getByRole('radio', { name: 'ann@example.com' })).toBeChecked();
    await user.click(within(email).getByRole('radio', { name: 'anne.archer@example.org' }));
    expect(within(dialog).getByRole('radiogroup', { name: 'First name' })).toBeInTheDocument();
    // Only Anne has a note: nothing to choose, it simply comes along.
    expect(within(dialog).queryByRole('radiogroup', { name: 'Notes' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));

    expect(await screen.findByText('Merged Anne Archer into Ann Archer.')).toBeInTheDocument();
    await waitFor(() => expect(bridge.customers).toHaveLength(2));
    const merged = bridge.customers.find((customer) => customer.id === ann.id);
    expect(merged).toMatchObject({
      firstName: 'Ann',
      email: 'anne.archer@example.org',
      notes: 'Prefers Sam',
      tags: ['student', 'vip'],
    });
    expect(bridge.interactions.filter((interaction) => interaction.customerId === ann.id)).toHaveLength(3);
    await waitFor(() => expect(screen.queryByRole('article', { name: /Archer/ })).not.toBeInTheDocument());

    const recent = screen.getByRole('region', { name: 'Merged just now' });
    await user.click(within(recent).getByRole('button', { name: 'Undo merge' }));
    expect(
      await screen.findByText('Merge undone: Ann Archer and Anne Archer are two customers again.'),
    ).toBeInTheDocument();
    expect(bridge.customers).toEqual(before);
    expect(bridge.interactions.filter((interaction) => interaction.customerId === anne.id)).toHaveLength(1);
    expect(await screen.findByRole('article', { name: /Archer/ })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Merged just now' })).not.toBeInTheDocument();
  });

  it('drops a pair the user says are two people, and keeps it dropped', async () => {
    const { bridge } = shopWithTwins();
    const { user } = render(undefined, { route: '/duplicates', bridge });

    const pair = await screen.findByRole('article', { name: /Archer/ });
    await user.click(within(pair).getByRole('button', { name: 'Not the same person' }));

    expect(
      await screen.findByText('No possible duplicates: every customer looks unique.'),
    ).toBeInTheDocument();
    expect(bridge.core.call('duplicates:list', {})).toEqual({ ok: true, data: [] });
    expect(bridge.customers).toHaveLength(3);
  });
});
