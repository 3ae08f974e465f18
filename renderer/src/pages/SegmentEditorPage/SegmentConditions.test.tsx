import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../../shared/domain/segment.ts';
import { createTestBridge, render } from '../../test/render.tsx';

// The conditions over loyalty, rhythm and the visit model. The program (Silver from 50 points,
// Gold from 500, 1 point per 1.00) is set before the visits, so they earn: Ann 90 points (Silver),
// Bob 10 (no tier), Cat no visit.
function shop() {
  const bridge = createTestBridge();
  const set = bridge.core.call('loyalty:setProgram', {
    program: {
      earn: { pointsPerUnit: 1, spendUnitMinor: 100, pointsPerVisit: 0, visitMinSpendMinor: 0 },
      tiers: {
        measure: 'points',
        period: 'rolling12',
        keepMonths: 0,
        levels: [
          { name: 'Silver', threshold: 50 },
          { name: 'Gold', threshold: 500 },
        ],
      },
      rewards: [],
      expiryMonths: null,
      birthdayBonus: 0,
    },
  });
  expect(set.ok).toBe(true);
  const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer' });
  const bob = bridge.addCustomer({ firstName: 'Bob', lastName: 'Baker' });
  bridge.addCustomer({ firstName: 'Cat', lastName: 'Cruz' });
  bridge.addInteraction({ customerId: ann.id, kind: 'visit', amountMinor: 9000 });
  bridge.addInteraction({ customerId: bob.id, kind: 'visit', amountMinor: 1000 });
  return bridge;
}

const saved = (bridge: ReturnType<typeof shop>) => {
  const result = bridge.core.call('segments:list', {});
  return result.ok ? (result.data as Segment[]) : [];
};

describe('segment conditions on loyalty, rhythm and P(alive)', () => {
  it('counts by tier live, lists the program’s tiers, and saves the rule', async () => {
    const bridge = shop();
    const { user } = render(undefined, { route: '/segments/new', bridge });
    expect(await screen.findByText('2 customers match')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove condition 1' }));
    await user.selectOptions(screen.getByLabelText('Add a condition'), 'Loyalty tier');
    const row = screen.getByRole('group', { name: 'Condition 1: Loyalty tier' });
    const tier = within(row).getByLabelText('Tier');
    expect(
      within(tier)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Pick a tier', 'Silver', 'Gold', 'no tier']);
    await user.selectOptions(tier, 'Silver');
    expect(await screen.findByText('1 customer match')).toBeInTheDocument();
    await user.selectOptions(tier, 'no tier');
    expect(await screen.findByText('2 customers match')).toBeInTheDocument();
    await user.selectOptions(within(row).getByLabelText('Loyalty tier'), 'is at least');
    expect(await screen.findByText('Fix the conditions to see who matches')).toBeInTheDocument();
    await user.selectOptions(tier, 'Silver');
    expect(await screen.findByText('1 customer match')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Name'), 'Silver and up');
    await user.click(screen.getByRole('button', { name: 'Save segment' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Silver and up' })).toBeInTheDocument();
    expect(saved(bridge)).toMatchObject([
      { filter: { conditions: [{ kind: 'tier', op: 'atLeast', tier: 'Silver' }] } },
    ]);
  });

  it('counts single-visit customers by rhythm status', async () => {
    const { user } = render(undefined, { route: '/segments/new', bridge: shop() });
    await screen.findByText('2 customers match');
    await user.click(screen.getByRole('button', { name: 'Remove condition 1' }));
    await user.selectOptions(screen.getByLabelText('Add a condition'), 'Visit rhythm');
    const row = screen.getByRole('group', { name: 'Condition 1: Visit rhythm' });
    await user.selectOptions(
      within(row).getByLabelText('Customers who are'),
      'visited on a single day so far',
    );
    expect(await screen.findByText('2 customers match')).toBeInTheDocument();
    await user.selectOptions(
      within(row).getByLabelText('Customers who are'),
      'overdue (by their own rhythm)',
    );
    expect(await screen.findByText('0 customers match')).toBeInTheDocument();
  });

  it('says why P(alive) cannot be counted without a fitted model, and does not save it', async () => {
    const bridge = shop();
    const { user } = render(undefined, { route: '/segments/new', bridge });
    await screen.findByText('2 customers match');
    await user.selectOptions(screen.getByLabelText('Add a condition'), 'Chance of coming back (P(alive))');
    expect(
      await screen.findByText(/^Cannot count: P\(alive\) needs the visit model, which is not fitted yet/),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Name'), 'Drifting');
    await user.click(screen.getByRole('button', { name: 'Save segment' }));
    expect(
      await screen.findByText(/P\(alive\) needs the visit model/, {
        selector: '.mantine-InputWrapper-error',
      }),
    ).toBeInTheDocument();
    expect(saved(bridge)).toEqual([]);
  });
});
