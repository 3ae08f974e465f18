import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestBridge, render } from '../../test/render.tsx';

const route = (set: object) => `/insights/customers?set=${encodeURIComponent(JSON.stringify(set))}`;
const vips = {
  kind: 'filter',
  filter: { match: 'all', conditions: [{ kind: 'tag', op: 'has', tag: 'vip' }] },
};

function shop() {
  const bridge = createTestBridge();
  bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer', tags: ['vip'], email: 'ann@example.com' });
  bridge.addCustomer({ firstName: 'Bob', lastName: 'Baker', tags: ['vip', 'welcome'] });
  bridge.addCustomer({ firstName: 'Cat', lastName: 'Cruz' });
  return bridge;
}

afterEach(() => vi.restoreAllMocks());

describe('CustomerSetPage', () => {
  it('exports the customers of the list as CSV', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:export';
    });
    URL.revokeObjectURL = vi.fn();
    const { user } = render(undefined, { route: route(vips), bridge: shop() });
    await screen.findByRole('table', { name: 'Customers' });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(
      await screen.findByText(/Exported 2 customers to regulars-segment-2025-05-17\.csv\./),
    ).toBeInTheDocument();
    const lines = (await blobs[0]?.text())?.split('\r\n') ?? [];
    expect(lines.map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
      'First name,Last name,E-mail', // (Blob.text() drops the byte order mark)
      'Ann,Archer,ann@example.com',
      'Bob,Baker,',
      '',
    ]);
  });

  it('tags everyone in the list, and undo takes the tag off exactly those it was added to', async () => {
    const bridge = shop();
    const { user } = render(undefined, { route: route(vips), bridge });
    await screen.findByRole('table', { name: 'Customers' });
    await user.click(screen.getByRole('button', { name: 'Add a tag to all' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a tag to 2 customers' });
    await user.type(within(dialog).getByLabelText('Tag'), 'welcome');
    await user.click(within(dialog).getByRole('button', { name: 'Add tag' }));
    expect(await screen.findByText('Added “welcome” to 1 customer.')).toBeInTheDocument();
    const tagsOf = () => Object.fromEntries(bridge.customers.map((c) => [c.firstName, c.tags]));
    expect(tagsOf()).toMatchObject({ Ann: ['vip', 'welcome'], Bob: ['vip', 'welcome'], Cat: [] });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(tagsOf()).toMatchObject({ Ann: ['vip'], Bob: ['vip', 'welcome'] }));
  });

  it('sends everyone in the list to Today’s follow-ups, the list’s title as the reason', async () => {
    const bridge = shop();
    const { user } = render(undefined, { route: route(vips), bridge });
    await screen.findByRole('table', { name: 'Customers' });
    const title = screen.getByRole('heading', { level: 1 }).textContent ?? '';
    await user.click(screen.getByRole('button', { name: 'Send to follow-ups' }));
    expect(
      await screen.findByText(
        '2 customers will be suggested on Today for a follow-up, for 30 days or until you follow them up.',
      ),
    ).toBeInTheDocument();
    const today = await bridge.invoke('suggestions:today', { limit: 10 });
    if (!today.ok) throw new Error(today.error.message);
    const picked = today.data.rows.filter((row) => row.kind === 'picked');
    expect(picked.map((row) => row.firstName).sort()).toEqual(['Ann', 'Bob']);
    expect(picked[0]?.reasons).toEqual([`Picked from “${title}” today.`]);
  });

  it('says so when the address does not hold a list', async () => {
    render(undefined, { route: '/insights/customers?set=%7B%22kind%22%3A%22nope%22%7D' });
    expect(await screen.findByText(/address is not complete/)).toBeInTheDocument();
  });
});
