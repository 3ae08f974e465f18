import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBridge, render } from '../../test/render.tsx';

// The test bridge's clock stands at 17 May 2025, 10:00.
const DAY = 86_400_000;
const NOW = Date.UTC(2025, 4, 17, 10, 0);
// The page loads the customer, then the outlook: on a busy machine that takes more than a second.
const LOADED = { timeout: 10_000 };

function annWithVisits() {
  const bridge = createTestBridge();
  const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer' });
  for (const daysAgo of [77, 56, 35]) {
    bridge.addInteraction({ customerId: ann.id, kind: 'visit', occurredAt: NOW - daysAgo * DAY });
  }
  return { bridge, ann };
}

describe('CustomerOutlook on the customer page', () => {
  it('says the rhythm in words and marks the customer due', async () => {
    const { bridge, ann } = annWithVisits();
    render(undefined, { route: `/customers/${ann.id}`, bridge });
    const outlook = await screen.findByRole('region', { name: 'Rhythm and outlook' }, LOADED);
    expect(
      await within(outlook).findByText('Usually every 21 days; last visit 35 days ago.'),
    ).toBeInTheDocument();
    expect(within(outlook).getByText('Overdue since 2025-05-14')).toBeInTheDocument();
    expect(within(outlook).getByRole('list', { name: 'Open reminders' })).toHaveTextContent(
      'Overdue: usually every 21 days, last visit 35 days ago (2025-04-12), 1.7× the usual gap.',
    );
    expect(within(outlook).getByText(/worked out in the background/)).toBeInTheDocument();
  });

  it('shows P(alive) and expected visits once the model is fitted', async () => {
    const { bridge, ann } = annWithVisits();
    bridge.core.call('reminders:updateSettings', { minRepeatCustomers: 1 });
    const { refitNow } = await import('../../../../main/core/services/prediction-refit.ts');
    refitNow(bridge.core.ctx);
    render(undefined, { route: `/customers/${ann.id}`, bridge });
    const outlook = await screen.findByRole('region', { name: 'Rhythm and outlook' }, LOADED);
    expect(
      await within(outlook).findByText(
        /^\d+% likely still a regular · expected \d+\.\d visits? in the next 30 days/,
      ),
    ).toBeInTheDocument();
    expect(within(outlook).getByText(/there is a \d+% chance they still come/)).toBeInTheDocument();
  });

  it('saves a stay-in-touch plan, refusing a bad number next to the field', async () => {
    const { bridge, ann } = annWithVisits();
    const { user } = render(undefined, { route: `/customers/${ann.id}`, bridge });
    const form = await screen.findByRole('form', { name: 'Contact plan' }, LOADED);
    const days = within(form).getByRole('textbox', { name: /Stay in touch every/ });
    await user.type(days, '0');
    await user.click(within(form).getByRole('button', { name: 'Save plan' }));
    expect(await within(form).findByText('Stay in touch must be at least 1 day')).toBeInTheDocument();
    await user.clear(days);
    await user.type(days, '30');
    await user.click(within(form).getByLabelText(/Do not contact/));
    await user.click(within(form).getByRole('button', { name: 'Save plan' }));
    expect(await screen.findByText('Contact plan saved.')).toBeInTheDocument();
    expect(bridge.core.call('reminders:customer', { customerId: ann.id })).toMatchObject({
      ok: true,
      data: { plan: { stayInTouchDays: 30, doNotContact: true } },
    });
  });

  it('sets a one-off reminder and cancels it', async () => {
    const { bridge, ann } = annWithVisits();
    const { user } = render(undefined, { route: `/customers/${ann.id}`, bridge });
    const form = await screen.findByRole('form', { name: 'New reminder' }, LOADED);
    await user.click(within(form).getByRole('button', { name: 'Add reminder' }));
    expect(await within(form).findByText('Say what to remember')).toBeInTheDocument();
    const date = within(form).getByLabelText('Remind me on');
    await user.clear(date);
    await user.type(date, '2025-05-20');
    await user.type(within(form).getByRole('textbox', { name: 'About' }), 'Tell about the new range');
    await user.click(within(form).getByRole('button', { name: 'Add reminder' }));
    expect(await screen.findByText('2025-05-20: Tell about the new range')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel the reminder of 2025-05-20' }));
    await waitFor(() =>
      expect(screen.queryByText('2025-05-20: Tell about the new range')).not.toBeInTheDocument(),
    );
  });
});
