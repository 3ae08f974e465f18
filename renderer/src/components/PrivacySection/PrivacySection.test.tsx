import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestBridge, render } from '../../test/render.tsx';

afterEach(() => vi.restoreAllMocks());

function shop() {
  const bridge = createTestBridge();
  const ann = bridge.addCustomer({
    firstName: 'Ann',
    lastName: 'Archer',
    email: 'ann@example.com',
    consents: [{ channel: 'email', granted: true, source: 'counter form' }],
  });
  bridge.core.call('customers:update', {
    id: ann.id,
    fields: {
      firstName: 'Ann',
      lastName: 'Archer',
      email: 'ann@example.com',
      consents: [{ channel: 'email', granted: false, source: 'asked by phone' }],
    },
  });
  bridge.addInteraction({ customerId: ann.id, kind: 'visit', note: 'likes mint' });
  return { bridge, ann };
}

describe('PrivacySection', () => {
  it('shows the whole consent history, newest first', async () => {
    const { bridge, ann } = shop();
    render(undefined, { route: `/customers/${ann.id}`, bridge });
    const table = await screen.findByRole('table', { name: 'Consent history' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/E-mail.*Declined.*asked by phone/),
      expect.stringMatching(/E-mail.*Agreed.*counter form/),
    ]);
  });

  it('exports everything held about the customer as a JSON file', async () => {
    const { bridge, ann } = shop();
    const created = vi.fn(() => 'blob:customer');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = render(undefined, { route: `/customers/${ann.id}`, bridge });
    await user.click(await screen.findByRole('button', { name: 'Export their data (JSON)' }));
    await waitFor(() => expect(clicked).toHaveBeenCalled());
    const blob = (created.mock.calls[0] as unknown as [Blob])[0];
    const document = JSON.parse(await blob.text()) as {
      customer: { email: string };
      interactions: { note: string }[];
    };
    expect(document.customer.email).toBe('ann@example.com');
    expect(document.interactions.map((interaction) => interaction.note)).toEqual(['likes mint']);
  });

  it('erases only once the name is typed back, then leaves the customer page', async () => {
    const { bridge, ann } = shop();
    const { user } = render(undefined, { route: `/customers/${ann.id}`, bridge });
    await user.click(await screen.findByRole('button', { name: 'Erase for good…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Erase Ann Archer for good' });
    await user.type(within(dialog).getByLabelText('Type their name to confirm'), 'Ann');
    await user.click(within(dialog).getByRole('button', { name: 'Erase for good' }));
    expect(await within(dialog).findByText('Type Ann Archer exactly to confirm')).toBeInTheDocument();
    expect(bridge.customers).toHaveLength(1);

    await user.type(within(dialog).getByLabelText('Type their name to confirm'), ' Archer');
    await user.click(within(dialog).getByRole('button', { name: 'Erase for good' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    expect(bridge.customers).toEqual([]);
    expect(bridge.core.call('audit:list', { limit: 1 })).toMatchObject({
      ok: true,
      data: { items: [{ action: 'customer.erase' }] },
    });
  });
});
