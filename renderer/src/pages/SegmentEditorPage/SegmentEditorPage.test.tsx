import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../../shared/domain/segment.ts';
import { createTestBridge, render } from '../../test/render.tsx';

function shop() {
  const bridge = createTestBridge();
  const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer', tags: ['vip'] });
  const bob = bridge.addCustomer({ firstName: 'Bob', lastName: 'Baker', tags: ['vip'] });
  bridge.addCustomer({ firstName: 'Cat', lastName: 'Cruz' });
  bridge.addInteraction({ customerId: ann.id, kind: 'visit', amountMinor: 9000 });
  bridge.addInteraction({ customerId: bob.id, kind: 'visit', amountMinor: 1000 });
  return bridge;
}

const saved = (bridge: ReturnType<typeof shop>) => {
  const result = bridge.core.call('segments:list', {});
  return result.ok ? (result.data as Segment[]) : [];
};

describe('SegmentEditorPage', () => {
  it('builds a segment with a live count, saves it and shows its customers', async () => {
    const bridge = shop();
    const { user } = render(undefined, { route: '/segments/new', bridge });
    // A new segment starts with "visited in the last 30 days": Ann and Bob.
    expect(await screen.findByText('2 customers match')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Add a condition'), 'Total spend');
    const spend = screen.getByRole('group', { name: 'Condition 2: Total spend' });
    await user.type(within(spend).getByLabelText('At least (total spend)'), '50');
    expect(await screen.findByText('1 customer match')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Name'), 'Big spenders');
    await user.click(screen.getByRole('button', { name: 'Save segment' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Big spenders' })).toBeInTheDocument();
    expect(saved(bridge)).toMatchObject([
      {
        name: 'Big spenders',
        filter: {
          match: 'all',
          conditions: [
            { kind: 'lastVisit', op: 'within', days: 30 },
            { kind: 'spend', min: 5000 },
          ],
        },
      },
    ]);
    const customers = await screen.findByRole('table', { name: 'Customers in this segment' });
    expect(
      within(customers)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Ann Archer']);
  });

  it('points out what is wrong next to the field and saves nothing', async () => {
    const bridge = shop();
    const { user } = render(undefined, { route: '/segments/new', bridge });
    const days = within(await screen.findByRole('group', { name: 'Condition 1: Last visit' })).getByLabelText(
      'Days',
    );
    await user.clear(days);
    await user.type(days, 'soon');
    expect(await screen.findByText('Fix the conditions to see who matches')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save segment' }));
    expect(await screen.findByText('Name is required')).toBeInTheDocument();
    expect(screen.getByText('Days must be a whole number of days from 1 to 3650')).toBeInTheDocument();
    expect(saved(bridge)).toEqual([]);
  });

  it('shows the core refusing a taken name next to the name', async () => {
    const bridge = shop();
    bridge.core.call('segments:create', { name: 'VIPs', filter: { match: 'all', conditions: [] } });
    const { user } = render(undefined, { route: '/segments/new', bridge });
    await user.type(await screen.findByLabelText('Name'), 'vips');
    await user.click(screen.getByRole('button', { name: 'Save segment' }));
    expect(await screen.findByText('There is already a segment called "VIPs"')).toBeInTheDocument();
    expect(saved(bridge)).toHaveLength(1);
  });

  it('edits a saved segment: any of its conditions, then deletes it', async () => {
    const bridge = shop();
    const created = bridge.core.call('segments:create', {
      name: 'VIPs',
      filter: { match: 'all', conditions: [{ kind: 'tag', op: 'has', tag: 'vip' }] },
    });
    const id = created.ok ? (created.data as Segment).id : '';
    const { user } = render(undefined, { route: `/segments/${id}`, bridge });
    expect(await screen.findByText('2 customers match')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Add a condition'), 'Number of visits');
    await user.type(screen.getByLabelText('At most (visits)'), '0');
    expect(await screen.findByText('0 customers match')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'any condition' }));
    expect(await screen.findByText('3 customers match')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save segment' }));
    await waitFor(() => expect(saved(bridge)[0]?.filter.match).toBe('any'));

    await user.click(screen.getByRole('button', { name: 'Delete segment' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Segments' })).toBeInTheDocument();
    expect(saved(bridge)).toEqual([]);
  });
});
