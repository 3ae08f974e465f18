import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayStartMs } from '../../../../shared/domain/calendar-days.ts';
import { createTestBridge, render } from '../../test/render.tsx';

// The test bridge's clock says 17 May 2025. A small shop: Ann came in April and twice in May
// (promoter), Bob once in May (detractor), Cat only in March.
const noon = (day: string) => dayStartMs(day) + 12 * 3_600_000;

function shop() {
  const bridge = createTestBridge();
  const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer' });
  const bob = bridge.addCustomer({ firstName: 'Bob', lastName: 'Baker' });
  const cat = bridge.addCustomer({ firstName: 'Cat', lastName: 'Cruz' });
  bridge.addInteraction({
    customerId: ann.id,
    kind: 'visit',
    occurredAt: noon('2025-04-10'),
    amountMinor: 1000,
  });
  bridge.addInteraction({
    customerId: ann.id,
    kind: 'visit',
    occurredAt: noon('2025-05-02'),
    amountMinor: 2000,
    nps: 10,
  });
  bridge.addInteraction({
    customerId: ann.id,
    kind: 'purchase',
    occurredAt: noon('2025-05-09'),
    amountMinor: 500,
  });
  bridge.addInteraction({
    customerId: bob.id,
    kind: 'visit',
    occurredAt: noon('2025-05-05'),
    amountMinor: 4000,
    nps: 3,
  });
  bridge.addInteraction({
    customerId: cat.id,
    kind: 'visit',
    occurredAt: noon('2025-03-01'),
    amountMinor: 700,
  });
  return bridge;
}

const figure = (key: string) => screen.getByTestId(`figure-${key}`);

afterEach(() => vi.restoreAllMocks());

describe('InsightsPage', () => {
  it('shows every figure of the period beside the one before, and opens the customers behind one', async () => {
    const { user } = render(undefined, { route: '/insights?from=2025-05-01&to=2025-05-17', bridge: shop() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Insights' })).toBeInTheDocument();
    await screen.findByText(/2025-05-01 to 2025-05-17, compared with 2025-04-14 to 2025-04-30/);
    expect(figure('active')).toHaveTextContent('3');
    expect(figure('new')).toHaveTextContent('1');
    expect(figure('returning')).toHaveTextContent('1');
    expect(figure('repeatRate')).toHaveTextContent('50.0%');
    expect(figure('nps')).toHaveTextContent('0');
    // Nobody answered CSAT: the card says so instead of showing 0%.
    expect(figure('csat')).toHaveTextContent('no answers yet');

    await user.click(screen.getByRole('link', { name: /^New customers: 1/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'New customers, 2025-05-01 to 2025-05-17' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Customers' });
    expect(
      within(table)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Bob Baker']);
  });

  it('switches the period with the picker and compares across it', async () => {
    const { user } = render(undefined, { route: '/insights', bridge: shop() });
    await screen.findByText(/2025-04-18 to 2025-05-17/);
    await user.click(screen.getByRole('radio', { name: 'This year' }));
    await screen.findByText(/2025-01-01 to 2025-05-17, compared with 2024-08-17 to 2024-12-31/);
    await waitFor(() => expect(figure('new')).toHaveTextContent('3'));
  });

  it('lists the weeks with each number a link to its customers', async () => {
    render(undefined, { route: '/insights?from=2025-05-01&to=2025-05-17', bridge: shop() });
    const weeks = await screen.findByRole('table', { name: 'Numbers by week' });
    // Thursday 1 May to Sunday the 4th, then two Monday weeks (the last one clipped to the 17th).
    expect(within(weeks).getAllByRole('row')).toHaveLength(4);
    const visits = within(weeks).getAllByRole('link', { name: '2' });
    expect(visits[0]).toHaveAttribute(
      'href',
      expect.stringContaining(encodeURIComponent('"from":"2025-05-05"')),
    );
  });

  it('downloads the figures as a CSV report', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:report';
    });
    URL.revokeObjectURL = vi.fn();
    const { user } = render(undefined, { route: '/insights?from=2025-05-01&to=2025-05-17', bridge: shop() });
    await screen.findByText(/compared with/);
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    const text = await blobs[0]?.text();
    expect(text).toContain('Figure,2025-05-01 to 2025-05-17,2025-04-14 to 2025-04-30,Change\r\n');
    expect(text).toContain('New customers,1,0,▲ 1\r\n');
    expect(text).toContain('CSAT,no answers yet,no answers yet,\r\n');
  });

  it('says there is no loyalty program instead of showing tiers of zero', async () => {
    render(undefined, { route: '/insights', bridge: shop() });
    expect(
      await screen.findByText('The shop has no loyalty program, so there are no tiers to count.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Loyalty tiers' })).not.toBeInTheDocument();
  });

  it('counts customers per tier, each number opening its customers', async () => {
    const bridge = createTestBridge();
    const program = {
      earn: { pointsPerUnit: 1, spendUnitMinor: 100, pointsPerVisit: 0, visitMinSpendMinor: 0 },
      tiers: {
        measure: 'points' as const,
        period: 'rolling12' as const,
        keepMonths: 0,
        levels: [
          { name: 'Silver', threshold: 50 },
          { name: 'Gold', threshold: 500 },
        ],
      },
      rewards: [],
      expiryMonths: null,
      birthdayBonus: 0,
    };
    expect(bridge.core.call('loyalty:setProgram', { program }).ok).toBe(true);
    const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer' });
    bridge.addCustomer({ firstName: 'Bob', lastName: 'Baker' });
    bridge.addInteraction({ customerId: ann.id, kind: 'visit', amountMinor: 9000 });
    const { user } = render(undefined, { route: '/insights', bridge });
    const tiers = await screen.findByRole('list', { name: 'Loyalty tiers' });
    expect(within(tiers).getByTestId('tier-Silver')).toHaveTextContent('1');
    expect(within(tiers).getByTestId('tier-Gold')).toHaveTextContent('0');
    expect(within(tiers).getByTestId('tier-none')).toHaveTextContent('1');
    await user.click(within(tiers).getByRole('link', { name: 'Silver: 1 customer. Show the customers' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Loyalty tier: Silver' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Customers' });
    expect(
      within(table)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Ann Archer']);
  });
});
