import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBridge, render } from '../../test/render.tsx';

// The test bridge's clock stands at 17 May 2025, 10:00.
const DAY = 86_400_000;
const NOW = Date.UTC(2025, 4, 17, 10, 0);
// Today works out every customer's reasons first: on a busy machine that takes more than a second.
const LOADED = { timeout: 10_000 };

function shop() {
  const bridge = createTestBridge();
  const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer' });
  for (const daysAgo of [29, 22, 15]) {
    bridge.addInteraction({ customerId: ann.id, kind: 'visit', occurredAt: NOW - daysAgo * DAY });
  }
  const bo = bridge.addCustomer({ firstName: 'Bo', lastName: 'Bell', birthday: '--05-17' });
  bridge.core.call('reminders:setPlan', { customerId: bo.id, stayInTouchDays: null, doNotContact: true });
  bridge.addCustomer({ firstName: 'Cy', lastName: 'Cole' });
  return { bridge, ann, bo };
}

const rowOf = (name: string) =>
  within(screen.getByRole('list', { name: 'Reminders' })).getByRole('listitem', { name });

describe('TodayPage', () => {
  it('lists each customer once with every reason in words and numbers, counts by kind', async () => {
    const { bridge } = shop();
    render(undefined, { route: '/', bridge });

    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    await screen.findByRole('list', { name: 'Reminders' }, LOADED);
    const ann = rowOf('Ann Archer');
    expect(ann).toHaveTextContent(
      'Overdue: usually every 7 days, last visit 15 days ago (2025-05-02), 2.1× the usual gap.',
    );
    const bo = rowOf('Bo Bell');
    expect(bo).toHaveTextContent('Birthday today (2025-05-17).');
    expect(within(bo).getByText('Do not contact')).toBeInTheDocument();
    expect(screen.queryByRole('listitem', { name: 'Cy Cole' })).not.toBeInTheDocument();
    const counts = screen.getByRole('group', { name: 'Show only' });
    expect(within(counts).getByRole('button', { name: 'All 2' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(counts).getByRole('button', { name: 'Overdue 1' })).toBeInTheDocument();
    expect(within(counts).getByRole('button', { name: 'Birthdays 1' })).toBeInTheDocument();
    expect(screen.getByText(/worked out in the background/)).toBeInTheDocument();
  });

  it('shows only one kind when its count is pressed', async () => {
    const { bridge } = shop();
    const { user } = render(undefined, { route: '/', bridge });
    await screen.findByRole('list', { name: 'Reminders' }, LOADED);
    await user.click(screen.getByRole('button', { name: 'Birthdays 1' }));
    await waitFor(() =>
      expect(screen.queryByRole('listitem', { name: 'Ann Archer' })).not.toBeInTheDocument(),
    );
    expect(rowOf('Bo Bell')).toBeInTheDocument();
  });

  it('takes a row off with done, and a follow-up lands on the timeline', async () => {
    const { bridge, ann } = shop();
    const { user } = render(undefined, { route: '/', bridge });
    await screen.findByRole('list', { name: 'Reminders' }, LOADED);
    await user.click(within(rowOf('Ann Archer')).getByRole('button', { name: 'Log follow-up' }));
    const dialog = await screen.findByRole('dialog', { name: 'Follow-up with Ann Archer' });
    await user.type(within(dialog).getByRole('textbox', { name: 'What was said' }), 'Booked for Friday');
    await user.click(within(dialog).getByRole('button', { name: 'Log and mark done' }));

    expect(await screen.findByText('Ann Archer: done, follow-up logged.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('listitem', { name: 'Ann Archer' })).not.toBeInTheDocument(),
    );
    expect(
      bridge.interactions.filter((i) => i.customerId === ann.id && i.kind === 'follow_up'),
    ).toMatchObject([{ note: 'Booked for Friday' }]);
  });

  it('snoozes for a day, a week or until a chosen date, refusing dates out of range', async () => {
    const { bridge } = shop();
    const { user } = render(undefined, { route: '/', bridge });
    await screen.findByRole('list', { name: 'Reminders' }, LOADED);
    await user.click(within(rowOf('Bo Bell')).getByRole('button', { name: 'Snooze' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Until tomorrow' }));
    expect(await screen.findByText('Bo Bell is back on Today on 2025-05-18.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Bo Bell' })).not.toBeInTheDocument());
    expect(screen.getByText('1 snoozed')).toBeInTheDocument();

    await user.click(within(rowOf('Ann Archer')).getByRole('button', { name: 'Snooze' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Until a date…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Snooze Ann Archer' });
    const date = within(dialog).getByLabelText('Back on Today on');
    await user.clear(date);
    await user.type(date, '2027-01-01');
    await user.click(within(dialog).getByRole('button', { name: 'Snooze' }));
    expect(
      await within(dialog).findByText('Choose a date from 2025-05-18 to 2026-05-18'),
    ).toBeInTheDocument();
    await user.clear(date);
    await user.type(date, '2025-06-01');
    await user.click(within(dialog).getByRole('button', { name: 'Snooze' }));
    expect(await screen.findByText('Ann Archer is back on Today on 2025-06-01.')).toBeInTheDocument();
    expect(await screen.findByText('Nobody to think of today (2 snoozed).')).toBeInTheDocument();
  });

  it('dismisses without logging anything', async () => {
    const { bridge } = shop();
    const { user } = render(undefined, { route: '/', bridge });
    await screen.findByRole('list', { name: 'Reminders' }, LOADED);
    await user.click(within(rowOf('Ann Archer')).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() =>
      expect(screen.queryByRole('listitem', { name: 'Ann Archer' })).not.toBeInTheDocument(),
    );
    expect(bridge.interactions.filter((i) => i.kind === 'follow_up')).toEqual([]);
  });
});
