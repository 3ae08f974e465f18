import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatBirthday, formatDate } from '../../format/dates.ts';
import { formatMoney } from '../../format/money.ts';
import { createTestBridge, render } from '../../test/render.tsx';

function shopWithAnn() {
  const bridge = createTestBridge();
  const ann = bridge.addCustomer({
    firstName: 'Ann',
    lastName: 'Archer',
    phone: '+39 333 123 4567',
    email: 'ann@example.com',
    birthday: '--05-17',
    tags: ['vip', 'colour'],
    notes: 'Allergic to lavender',
  });
  bridge.addInteraction({
    customerId: ann.id,
    kind: 'visit',
    occurredAt: new Date(2025, 0, 10, 11, 0).getTime(),
    amountMinor: 2000,
    note: 'First cut',
  });
  bridge.addInteraction({
    customerId: ann.id,
    kind: 'purchase',
    occurredAt: new Date(2025, 2, 1, 15, 30).getTime(),
    amountMinor: 2450,
  });
  return { bridge, ann };
}

describe('CustomerPage', () => {
  it('shows who the customer is: name, pinned notes, contact details, tags and the loyalty slot', async () => {
    const { bridge, ann } = shopWithAnn();
    render(undefined, { route: `/customers/${ann.id}`, bridge });

    expect(await screen.findByRole('heading', { level: 1, name: 'Ann Archer' })).toBeInTheDocument();
    expect(screen.getByRole('note', { name: 'Pinned notes' })).toHaveTextContent('Allergic to lavender');
    expect(screen.getByText('+39 333 123 4567')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'Could not read this number' })).not.toBeInTheDocument();
    expect(screen.getByText('ann@example.com')).toBeInTheDocument();
    // A birthday without a year shows day and month only.
    expect(screen.getByText(formatBirthday('--05-17'))).toBeInTheDocument();
    const tags = within(screen.getByRole('list', { name: 'Tags' })).getAllByRole('listitem');
    expect(tags.map((tag) => tag.textContent).sort()).toEqual(['colour', 'vip']);
    expect(screen.getByTestId('loyalty-badge-slot')).toBeEmptyDOMElement();
  });

  it('shows the key facts the core worked out from the visits', async () => {
    const { bridge, ann } = shopWithAnn();
    render(undefined, { route: `/customers/${ann.id}`, bridge });

    const facts = await screen.findByLabelText('Key facts');
    const fact = (label: string) => within(facts).getByText(label).nextElementSibling?.textContent;
    expect(fact('First visit')).toBe(formatDate(new Date(2025, 0, 10, 11, 0).getTime()));
    expect(fact('Last visit')).toContain(formatDate(new Date(2025, 2, 1, 15, 30).getTime()));
    expect(fact('Visits')).toBe('2');
    expect(fact('Total spend')).toBe(formatMoney(4450));
    expect(fact('Average spend')).toBe(formatMoney(2225));
    // 10 January to 1 March.
    expect(fact('Rhythm')).toBe('Usually every 50 days');
  });

  it('marks a phone number that could not be read, and keeps it as typed', async () => {
    const bridge = createTestBridge();
    const bob = bridge.addCustomer({ firstName: 'Bob', phone: '12' });
    render(undefined, { route: `/customers/${bob.id}`, bridge });

    expect(await screen.findByRole('heading', { level: 1, name: 'Bob' })).toBeInTheDocument();
    expect(screen.getByText('12')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Could not read this number' })).toBeInTheDocument();
  });

  it('leaves out the pinned notes when there are none, and says there are no facts yet', async () => {
    const bridge = createTestBridge();
    const cleo = bridge.addCustomer({ firstName: 'Cleo' });
    render(undefined, { route: `/customers/${cleo.id}`, bridge });

    const facts = await screen.findByLabelText('Key facts');
    expect(screen.queryByRole('note', { name: 'Pinned notes' })).not.toBeInTheDocument();
    expect(within(facts).getByText('Not enough visits yet')).toBeInTheDocument();
    expect(screen.getByText('Nothing logged yet.')).toBeInTheDocument();
  });

  it('says so when there is no such customer, with a way back', async () => {
    render(undefined, { route: '/customers/nobody' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Customer not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to customers' })).toHaveAttribute('href', '/customers');
  });
});
