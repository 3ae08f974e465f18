import { screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { setDisplayCurrency } from '../../format/money.ts';
import { createTestBridge, render } from '../../test/render.tsx';
import { AppRoutes } from '../AppRoutes.tsx';
import { AppLayout } from './AppLayout.tsx';

// Amounts are formatted outside React; the layout keeps them in the shop's currency.
afterEach(() => setDisplayCurrency('EUR'));

it('shows every amount in the shop’s currency, and switches them all when it changes', async () => {
  const bridge = createTestBridge();
  const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer' });
  bridge.addInteraction({
    customerId: ann.id,
    kind: 'purchase',
    amountMinor: 1250,
    occurredAt: Date.UTC(2025, 4, 1),
  });
  render(
    <AppLayout>
      <AppRoutes />
    </AppLayout>,
    { bridge, route: `/customers/${ann.id}` },
  );
  expect((await screen.findAllByText(/€\s?12\.50|12\.50\s?€/)).length).toBeGreaterThan(0);

  // From Settings, or another window: the change event reaches every page.
  bridge.core.call('settings:update', { currency: 'GBP' });
  expect((await screen.findAllByText(/£\s?12\.50/)).length).toBeGreaterThan(0);
  expect(screen.queryByText(/€\s?12\.50|12\.50\s?€/)).not.toBeInTheDocument();
});
