import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBridge, render } from '../../test/render.tsx';

describe('SegmentsPage', () => {
  it('lists saved segments with their rule and live count, and the RFM segments with theirs', async () => {
    const bridge = createTestBridge();
    const ann = bridge.addCustomer({ firstName: 'Ann', tags: ['vip'] });
    bridge.addCustomer({ firstName: 'Bob', tags: ['vip'] });
    bridge.addInteraction({ customerId: ann.id, kind: 'visit', amountMinor: 1000 });
    bridge.core.call('segments:create', {
      name: 'VIPs',
      filter: { match: 'all', conditions: [{ kind: 'tag', op: 'has', tag: 'vip' }] },
    });
    const { user } = render(undefined, { route: '/segments', bridge });

    const saved = await screen.findByRole('table', { name: 'Saved segments' });
    expect(within(saved).getByText('has the tag “vip”')).toBeInTheDocument();
    expect(await within(saved).findByRole('link', { name: 'Customers of VIPs' })).toHaveTextContent('2');

    const rfm = await screen.findByRole('table', { name: 'RFM segments' });
    // One customer scored: with a single value everyone ties at 1 on every measure… except none
    // is worse than them, so R, F and M are all 1: Lost.
    expect(within(rfm).getByRole('link', { name: 'Lost: 1 customers' })).toBeInTheDocument();
    expect(within(rfm).getByText('R = 1 and F ≤ 2')).toBeInTheDocument();

    await user.click(within(rfm).getByRole('link', { name: 'Lost: 1 customers' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Lost (RFM)' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Ann' })).toBeInTheDocument();
  });
});
