import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestBridge, render } from '../../test/render.tsx';

afterEach(() => vi.restoreAllMocks());

function shop() {
  const bridge = createTestBridge();
  const ann = bridge.addCustomer({ firstName: 'Ann', phone: '555 0100' });
  bridge.core.call('customers:update', {
    id: ann.id,
    fields: { firstName: 'Ann', lastName: 'Lee', phone: '555 0199' },
  });
  const bob = bridge.addCustomer({ firstName: 'Bob' });
  bridge.addInteraction({ customerId: bob.id, kind: 'visit', amountMinor: 900 });
  return { bridge, ann, bob };
}

describe('AuditPage', () => {
  it('lists who did what, newest first, with each edited field old → new', async () => {
    const { bridge } = shop();
    render(undefined, { route: '/audit', bridge });
    const table = await screen.findByRole('table', { name: 'Audit entries' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[2]?.textContent)).toEqual([
      'Logged a visitBob',
      'Added a customerBob',
      'Edited a customer: lastName, phoneAnn Lee',
      'Added a customerAnn Lee',
    ]);
    expect(rows[2]).toHaveTextContent('lastName: (empty) → Lee');
    expect(rows[2]).toHaveTextContent('phone: 555 0100 → 555 0199');
    expect(rows[2]).toHaveTextContent('Test (owner rights)');
  });

  it('filters to one customer from their page, and by what happened', async () => {
    const { bridge, ann } = shop();
    const { user } = render(undefined, { route: `/audit?customer=${ann.id}`, bridge });
    // Header row plus entries; the table is re-rendered for each filter, so it is looked up each time.
    const rows = () => within(screen.getByRole('table', { name: 'Audit entries' })).getAllByRole('row');
    await waitFor(() => expect(rows()).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: 'Only one customer: show everyone' }));
    await waitFor(() => expect(rows()).toHaveLength(5));
    await user.click(screen.getByRole('combobox', { name: 'What' }));
    await user.click(await screen.findByRole('option', { name: 'Interactions' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(bridge.calls.filter((call) => call.channel === 'audit:list').at(-1)?.input).toMatchObject({
      category: 'interaction',
    });
  });

  it('verifies the chain and exports the trail as a file', async () => {
    const { bridge } = shop();
    const created = vi.fn(() => 'blob:audit');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = render(undefined, { route: '/audit', bridge });
    await user.click(await screen.findByRole('button', { name: 'Verify the chain' }));
    expect(await screen.findByText('All 4 entries follow one another unchanged.')).toBeInTheDocument();
    expect(screen.getByText('The trail is intact')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(clicked).toHaveBeenCalled());
    const blob = (created.mock.calls[0] as unknown as [Blob])[0];
    expect(await blob.text()).toContain('Added a customer');
    expect(bridge.calls.some((call) => call.channel === 'audit:export')).toBe(true);
  });
});
