import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../../../shared/domain/interaction.ts';
import { attachSuggestionCache } from '../../../../main/core/services/suggestions-today.ts';
import { createTestBridge, render } from '../../test/render.tsx';
import { CustomerSuggestions } from './CustomerSuggestions.tsx';
import { TodaySuggestions } from './TodaySuggestions.tsx';

// The test bridge's clock stands at 17 May 2025, 10:00 (and moves a second per call).
const DAY = 86_400_000;
const NOW = Date.UTC(2025, 4, 17, 10, 0);
const LOADED = { timeout: 10_000 };

function shop() {
  const bridge = createTestBridge();
  const rita = bridge.addCustomer({
    firstName: 'Rita',
    lastName: 'Rossi',
    phone: '+39 333 1234567',
    consents: [{ channel: 'sms', granted: true, source: 'form' }],
  });
  for (const daysAgo of [29, 22, 15])
    bridge.addInteraction({ customerId: rita.id, kind: 'visit', occurredAt: NOW - daysAgo * DAY });
  const una = bridge.addCustomer({ firstName: 'Una', lastName: 'Ude', email: 'una@example.com' });
  bridge.addInteraction({ customerId: una.id, kind: 'visit', occurredAt: NOW - 300 * DAY });
  bridge.addInteraction({ customerId: una.id, kind: 'feedback', csat: 1, occurredAt: NOW - 2 * DAY });
  return { bridge, rita, una };
}

describe('TodaySuggestions', () => {
  it('says the list is being worked out while the app prepares it, then shows it unasked', async () => {
    const { bridge } = shop();
    // As the desktop app keeps it: judged in the background, announced by 'suggestions:ready'.
    const detach = attachSuggestionCache(bridge.core, { sliceMs: 0 });
    try {
      render(<TodaySuggestions />, { bridge });
      expect(await screen.findByRole('status')).toHaveTextContent('Working out today’s follow-ups…');
      const list = await screen.findByRole('list', { name: 'Follow-ups' }, LOADED);
      expect(within(list).getAllByRole('listitem')).toHaveLength(2);
      expect(screen.queryByRole('status')).not.toBeInTheDocument();
    } finally {
      detach();
    }
  });

  it('ranks closing the loop first, explains the score on hover, and copying logs the follow-up', async () => {
    const { bridge, una } = shop();
    const { user } = render(<TodaySuggestions />, { bridge });
    const list = await screen.findByRole('list', { name: 'Follow-ups' }, LOADED);
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual([
      'Close the loop: Una Ude',
      'Win back: Rita Rossi',
    ]);
    const first = items[0] as HTMLElement;
    expect(first).toHaveTextContent('A low score (CSAT 1/5) 2 days ago, with no follow-up since.');
    expect(within(first).getByRole('combobox', { name: 'Channel' })).toHaveValue('email');

    await user.hover(within(first).getByText(/^Score /));
    expect(await screen.findByText(/Urgency 10\d\d/)).toBeInTheDocument();

    await user.click(within(first).getByRole('button', { name: 'Copy text and log' }));
    await waitFor(() =>
      expect(within(list).queryByRole('listitem', { name: 'Close the loop: Una Ude' })).toBeNull(),
    );
    expect(await navigator.clipboard.readText()).toMatch(/^Hello Una, this is\s?\./);
    const timeline = bridge.core.call('interactions:list', { customerId: una.id, limit: 10 });
    expect(timeline.ok && (timeline.data as Interaction[])[0]).toMatchObject({
      kind: 'follow_up',
      channel: 'email',
    });
  });
});

describe('CustomerSuggestions', () => {
  it('offers only the channels the customer allows, and logs the edited text', async () => {
    const { bridge, rita } = shop();
    const { user } = render(<CustomerSuggestions customerId={rita.id} />, { bridge });
    const item = await screen.findByRole('listitem', { name: 'Win back: Rita Rossi' }, LOADED);
    const channel = within(item).getByRole('combobox', { name: 'Channel' });
    expect(channel).toHaveValue('sms');
    expect(
      within(channel)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['SMS', 'At the next visit']);
    const message = within(item).getByRole('textbox', { name: 'Message' });
    await user.clear(message);
    await user.type(message, 'Ciao Rita, ti aspettiamo!');
    await user.selectOptions(channel, 'in_person');
    await user.click(within(item).getByRole('button', { name: 'Copy text and log' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Win back: Rita Rossi' })).toBeNull());
    const timeline = bridge.core.call('interactions:list', { customerId: rita.id, limit: 10 });
    expect(timeline.ok && (timeline.data as Interaction[])[0]).toMatchObject({
      kind: 'follow_up',
      channel: 'in_person',
      note: 'To mention at the next visit: Ciao Rita, ti aspettiamo!',
    });
  });
});
