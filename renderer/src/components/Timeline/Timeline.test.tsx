import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Staff } from '../../../../shared/domain/staff.ts';
import { formatMoney } from '../../format/money.ts';
import { createTestBridge, render, type TestBridge } from '../../test/render.tsx';

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'full' });
const at = (month: number, day: number, hour: number) => new Date(2025, month - 1, day, hour).getTime();

function seedStaff(bridge: TestBridge, displayName: string, color = 'grape'): Staff {
  const result = bridge.core.call('staff:create', { displayName, color });
  if (!result.ok) throw new Error(result.error.message);
  return result.data as Staff;
}

function shop() {
  const bridge = createTestBridge();
  const sam = seedStaff(bridge, 'Sam Okafor');
  const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer' });
  bridge.addInteraction({
    customerId: ann.id,
    kind: 'visit',
    occurredAt: at(5, 10, 9),
    amountMinor: 1500,
    staffId: sam.id,
  });
  bridge.addInteraction({
    customerId: ann.id,
    kind: 'purchase',
    occurredAt: at(5, 10, 16),
    amountMinor: 899,
    note: 'Shampoo',
    staffId: null,
  });
  bridge.addInteraction({
    customerId: ann.id,
    kind: 'complaint',
    occurredAt: at(5, 12, 11),
    note: 'Waited too long',
    csat: 2,
    staffId: null,
  });
  return { bridge, ann, sam };
}

async function openTimeline() {
  const { bridge, ann, sam } = shop();
  const rendered = render(undefined, { route: `/customers/${ann.id}`, bridge });
  const timeline = await screen.findByRole('region', { name: 'Timeline' });
  await within(timeline).findByText('Waited too long');
  return { ...rendered, ann, sam, timeline };
}

const entryWith = (timeline: HTMLElement, text: string) =>
  within(timeline)
    .getAllByRole('listitem')
    .find((item) => item.textContent?.includes(text)) ?? null;

describe('Timeline', () => {
  it('groups entries by day, newest day first, with the staff member on each', async () => {
    const { timeline } = await openTimeline();

    const days = within(timeline).getAllByRole('heading', { level: 3 });
    expect(days.map((day) => day.textContent)).toEqual([
      dayFormat.format(new Date(2025, 4, 12)),
      dayFormat.format(new Date(2025, 4, 10)),
    ]);
    const tenth = within(timeline).getByRole('list', { name: dayFormat.format(new Date(2025, 4, 10)) });
    const items = within(tenth).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Shampoo'),
      expect.stringContaining('Sam Okafor'),
    ]);
    expect(items[1]).toHaveTextContent('SO');
    expect(items[1]).toHaveTextContent(formatMoney(1500));
    expect(entryWith(timeline, 'Waited too long')).toHaveTextContent('CSAT 2/5');
  });

  it('still names a staff member who has left on what they logged', async () => {
    const { bridge, ann, sam } = shop();
    const update = bridge.core.call('staff:update', {
      id: sam.id,
      fields: { displayName: sam.displayName, initials: sam.initials, color: 'grape', active: false },
    });
    expect(update.ok).toBe(true);
    render(undefined, { route: `/customers/${ann.id}`, bridge });

    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    expect(await within(timeline).findByText(/Sam Okafor \(inactive\)/)).toBeInTheDocument();
  });

  it('shows only the kinds ticked, asking the core for just those', async () => {
    const { user, bridge, timeline } = await openTimeline();

    await user.click(within(timeline).getByRole('checkbox', { name: 'Purchase' }));
    await user.click(within(timeline).getByRole('checkbox', { name: 'Complaint' }));

    await waitFor(() => expect(within(timeline).queryByText(formatMoney(1500))).not.toBeInTheDocument());
    expect(within(timeline).getAllByRole('listitem')).toHaveLength(2);
    expect(bridge.calls.filter((call) => call.channel === 'interactions:list').at(-1)?.input).toMatchObject({
      kinds: ['purchase', 'complaint'],
    });

    await user.click(within(timeline).getByRole('checkbox', { name: 'Purchase' }));
    await user.click(within(timeline).getByRole('checkbox', { name: 'Complaint' }));
    await waitFor(() => expect(within(timeline).getAllByRole('listitem')).toHaveLength(3));
  });

  it('says so when no entry is of the kinds ticked', async () => {
    const { user, timeline } = await openTimeline();

    await user.click(within(timeline).getByRole('checkbox', { name: 'Call' }));

    expect(await within(timeline).findByText('Nothing of these kinds.')).toBeInTheDocument();
    expect(within(timeline).queryAllByRole('listitem')).toHaveLength(0);
  });

  it('deletes an entry at once, and Undo brings it back exactly', async () => {
    const { user, bridge, timeline } = await openTimeline();
    const before = bridge.interactions.find((entry) => entry.note === 'Shampoo');

    const shampoo = entryWith(timeline, 'Shampoo');
    if (!shampoo) throw new Error('no Shampoo entry');
    await user.click(within(shampoo).getByRole('button', { name: 'Delete' }));

    const notice = await screen.findByText('Purchase deleted');
    expect(entryWith(timeline, 'Shampoo')).toBeNull();
    expect(bridge.interactions.map((entry) => entry.note)).not.toContain('Shampoo');

    await user.click(
      within(notice.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Undo' }),
    );
    expect(await screen.findByText('Purchase restored')).toBeInTheDocument();
    await waitFor(() => expect(entryWith(timeline, 'Shampoo')).not.toBeNull());
    expect(bridge.interactions.find((entry) => entry.note === 'Shampoo')).toEqual(before);
  });

  it('edits an entry in a dialog, keeping its staff member and time', async () => {
    const { user, bridge, timeline, sam } = await openTimeline();
    const visit = entryWith(timeline, 'Sam Okafor');
    if (!visit) throw new Error('no visit entry');

    await user.click(within(visit).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit interaction' });
    const amount = within(dialog).getByRole('textbox', { name: 'Amount' });
    expect(amount).toHaveValue('15.00');
    await user.clear(amount);
    await user.type(amount, '17.5');
    await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Beard trim too');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Edit interaction' })).not.toBeInTheDocument(),
    );
    expect(await within(timeline).findByText('Beard trim too')).toBeInTheDocument();
    expect(entryWith(timeline, 'Beard trim too')).toHaveTextContent(formatMoney(1750));
    expect(bridge.interactions.find((entry) => entry.note === 'Beard trim too')).toMatchObject({
      kind: 'visit',
      amountMinor: 1750,
      staffId: sam.id,
      occurredAt: at(5, 10, 9),
    });
  });

  it('shows the refusal of an impossible edit in the dialog and changes nothing', async () => {
    const { user, bridge, timeline } = await openTimeline();
    const visit = entryWith(timeline, 'Sam Okafor');
    if (!visit) throw new Error('no visit entry');
    const before = bridge.interactions;

    await user.click(within(visit).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit interaction' });
    const amount = within(dialog).getByRole('textbox', { name: 'Amount' });
    await user.clear(amount);
    await user.type(amount, '-3');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(
      await within(dialog).findByText('Amount must not be negative unless it is a purchase refund'),
    ).toBeInTheDocument();
    expect(bridge.interactions).toEqual(before);
  });
});
