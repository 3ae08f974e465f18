import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../format/money.ts';
import { createTestBridge, render } from '../../test/render.tsx';

function shopWithAnn() {
  const bridge = createTestBridge();
  const ann = bridge.addCustomer({
    firstName: 'Ann',
    lastName: 'Archer',
    email: 'ann@example.com',
    birthday: '1990-05-17',
    tags: ['vip'],
    notes: 'Allergic to lavender',
  });
  bridge.addInteraction({
    customerId: ann.id,
    kind: 'visit',
    occurredAt: Date.UTC(2025, 0, 10),
    note: 'First cut',
  });
  return { bridge, ann };
}

describe('CustomerPage', () => {
  it('shows who the customer is and what happened, newest first', async () => {
    const { bridge, ann } = shopWithAnn();
    bridge.addInteraction({
      customerId: ann.id,
      kind: 'purchase',
      occurredAt: Date.UTC(2025, 2, 1),
      amountMinor: 2450,
    });
    render(undefined, { route: `/customers/${ann.id}`, bridge });

    expect(await screen.findByRole('heading', { level: 1, name: 'Ann Archer' })).toBeInTheDocument();
    expect(screen.getByText('Allergic to lavender')).toBeInTheDocument();
    expect(screen.getByText('vip')).toBeInTheDocument();
    const entries = within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('listitem');
    expect(entries.map((entry) => entry.textContent)).toEqual([
      expect.stringContaining('Purchase'),
      expect.stringContaining('First cut'),
    ]);
    expect(entries[0]).toHaveTextContent(formatMoney(2450));
  });

  it('adds a logged interaction to the timeline at once', async () => {
    const { bridge, ann } = shopWithAnn();
    const { user } = render(undefined, { route: `/customers/${ann.id}`, bridge });
    await screen.findByRole('heading', { level: 1, name: 'Ann Archer' });

    await user.selectOptions(screen.getByLabelText('Kind'), 'Purchase');
    await user.type(screen.getByLabelText('Amount'), '12.50');
    await user.type(screen.getByLabelText('Note'), 'Shampoo');
    await user.click(screen.getByRole('button', { name: 'Log interaction' }));

    const timeline = screen.getByRole('list', { name: 'Timeline' });
    await within(timeline).findByText('Shampoo');
    const newest = within(timeline).getAllByRole('listitem')[0];
    expect(newest).toHaveTextContent(/Purchase.*Shampoo/);
    expect(newest).toHaveTextContent(formatMoney(1250));
    expect(bridge.interactions.at(-1)).toMatchObject({
      kind: 'purchase',
      amountMinor: 1250,
      note: 'Shampoo',
    });
    expect(screen.getByLabelText('Amount')).toHaveValue('');
  });

  it('refuses an amount that is not one, next to the field, and logs nothing', async () => {
    const { bridge, ann } = shopWithAnn();
    const { user } = render(undefined, { route: `/customers/${ann.id}`, bridge });
    await screen.findByRole('heading', { level: 1, name: 'Ann Archer' });

    await user.type(screen.getByLabelText('Amount'), 'abc');
    await user.click(screen.getByRole('button', { name: 'Log interaction' }));

    expect(await screen.findByText('Amount must be an amount like 12.50')).toBeInTheDocument();
    expect(screen.getByLabelText('Amount')).toHaveAccessibleDescription(
      'Amount must be an amount like 12.50',
    );
    expect(bridge.calls.filter((call) => call.channel === 'interactions:log')).toEqual([]);
    expect(within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('listitem')).toHaveLength(1);
  });

  it('says so when there is no such customer, with a way back', async () => {
    render(undefined, { route: '/customers/nobody' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Customer not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to customers' })).toHaveAttribute('href', '/customers');
  });
});
