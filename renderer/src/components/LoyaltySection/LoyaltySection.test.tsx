import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CAFE_PROGRAM } from '../../../../main/core/loyalty/test-program.ts';
import { createTestBridge, render } from '../../test/render.tsx';

function shopWithAnn() {
  const bridge = createTestBridge();
  const set = bridge.core.call('loyalty:setProgram', { program: CAFE_PROGRAM });
  if (!set.ok) throw new Error(set.error.message);
  const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer' });
  bridge.addInteraction({ customerId: ann.id, kind: 'purchase', amountMinor: 12050 });
  return { bridge, ann };
}

const ledgerSize = (bridge: ReturnType<typeof createTestBridge>) =>
  bridge.core.ctx.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM loyalty_ledger').get()?.n;

describe('LoyaltySection', () => {
  it('shows the balance, the tier with its progress in words, and the tier in the header', async () => {
    const { bridge, ann } = shopWithAnn();
    render(undefined, { route: `/customers/${ann.id}`, bridge });
    const section = await screen.findByRole('region', { name: 'Loyalty' }, { timeout: 5000 });
    expect(await within(section).findByLabelText('Points balance')).toHaveTextContent('120');
    expect(within(section).getByText('380 points to Gold')).toBeInTheDocument();
    expect(
      within(section).getByText('Silver: 120 points in the last 12 months; Silver needs 100 points.'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('loyalty-badge-slot')).getByLabelText('Loyalty tier: Silver'),
    ).toBeInTheDocument();
    expect(within(section).getByRole('table', { name: 'Points ledger' })).toHaveTextContent(
      'Points for a purchase',
    );
  });

  it('redeems a reward in two clicks: Redeem, then Confirm', async () => {
    const { bridge, ann } = shopWithAnn();
    const { user } = render(undefined, { route: `/customers/${ann.id}`, bridge });
    const section = await screen.findByRole('region', { name: 'Loyalty' }, { timeout: 5000 });
    await user.click(await within(section).findByRole('button', { name: 'Redeem Free coffee' }));
    expect(ledgerSize(bridge)).toBe(1);
    await user.click(within(section).getByRole('button', { name: 'Confirm Free coffee' }));
    expect(await within(section).findByLabelText('Points balance')).toHaveTextContent('90');
    expect(bridge.core.call('loyalty:status', { customerId: ann.id })).toMatchObject({
      data: { balance: 90 },
    });
  });

  it('asks for a reason before adjusting, and changes nothing without one', async () => {
    const { bridge, ann } = shopWithAnn();
    const { user } = render(undefined, { route: `/customers/${ann.id}`, bridge });
    const form = await screen.findByRole('form', { name: 'Adjust points' }, { timeout: 5000 });
    await user.type(within(form).getByRole('textbox', { name: 'Points' }), '-20');
    await user.click(within(form).getByRole('button', { name: 'Adjust' }));
    expect(await within(form).findByText('Say why the points change')).toBeInTheDocument();
    expect(ledgerSize(bridge)).toBe(1);
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), 'Counted twice');
    await user.click(within(form).getByRole('button', { name: 'Adjust' }));
    expect(await screen.findByText('Counted twice')).toBeInTheDocument();
    expect(bridge.core.call('loyalty:status', { customerId: ann.id })).toMatchObject({
      data: { balance: 100 },
    });
  });
});
