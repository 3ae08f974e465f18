import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBridge, render } from '../../test/render.tsx';
import { InsightsStrip } from './InsightsStrip.tsx';

describe('InsightsStrip', () => {
  it('sums up the last 30 days in one line, each number a link to its customers', async () => {
    const bridge = createTestBridge();
    const ann = bridge.addCustomer({ firstName: 'Ann' });
    bridge.addInteraction({ customerId: ann.id, kind: 'visit', nps: 10 });
    render(<InsightsStrip />, { bridge });
    const active = await screen.findByRole('link', { name: 'Active customers 1 ▲ 1' });
    expect(active).toHaveAttribute('href', expect.stringContaining('/insights/customers?set='));
    expect(screen.getByRole('link', { name: /New customers 1/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /NPS \+100/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Last 30 days' })).toHaveAttribute('href', '/insights');
  });
});
