import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBridge, render } from '../../test/render.tsx';
import { ReminderSettings } from './ReminderSettings.tsx';

const LOADED = { timeout: 10_000 };
const settingsOf = (bridge: ReturnType<typeof createTestBridge>) => {
  const result = bridge.core.call('reminders:settings', {});
  if (!result.ok) throw new Error(result.error.message);
  return (result.data as { settings: Record<string, unknown> }).settings;
};

describe('Settings → Reminders', () => {
  it('saves the rhythm thresholds, a follow-up rule and the notification hour together', async () => {
    const bridge = createTestBridge();
    const { user } = render(<ReminderSettings />, { bridge });
    const form = await screen.findByRole('form', { name: 'Reminder settings' }, LOADED);
    expect(screen.getByText(/fitted in the background after a quiet moment/)).toBeInTheDocument();

    const overdue = within(form).getByRole('textbox', { name: 'Overdue at (× the usual interval)' });
    await user.clear(overdue);
    await user.type(overdue, '2');
    await user.click(within(form).getByRole('button', { name: 'Add a follow-up rule' }));
    const rule = within(form).getByRole('group', { name: 'Rule 1' });
    await user.type(within(rule).getByRole('textbox', { name: 'Note' }), 'Ask how it went');
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Daily desktop notification' }),
      'No notification',
    );
    await user.click(within(form).getByRole('button', { name: 'Save reminder settings' }));

    expect(await screen.findByText('Reminder settings saved.')).toBeInTheDocument();
    expect(settingsOf(bridge)).toMatchObject({
      overdueFactor: 2,
      notifyHour: null,
      postPurchaseRules: [
        { kind: 'purchase', days: 3, note: 'Ask how it went', id: expect.any(String) as string },
      ],
    });
  });

  it('points at the field when thresholds are in the wrong order, and saves nothing', async () => {
    const bridge = createTestBridge();
    const { user } = render(<ReminderSettings />, { bridge });
    const form = await screen.findByRole('form', { name: 'Reminder settings' }, LOADED);
    const stop = within(form).getByRole('textbox', { name: 'Off the list at (× the usual interval)' });
    await user.clear(stop);
    await user.type(stop, '1.2');
    await user.click(within(form).getByRole('button', { name: 'Save reminder settings' }));
    expect(
      await within(form).findByText('Off the list at must be above the overdue multiple'),
    ).toBeInTheDocument();
    expect(settingsOf(bridge)).toMatchObject({ stopAfterFactor: 3 });
  });

  it('sets a stay-in-touch rule for a tag, and says when nobody has the tag', async () => {
    const bridge = createTestBridge();
    bridge.addCustomer({ firstName: 'Ann', tags: ['vip'] });
    const { user } = render(<ReminderSettings />, { bridge });
    const form = await screen.findByRole('form', { name: 'New tag rule' }, LOADED);
    await user.type(within(form).getByRole('textbox', { name: 'Tag' }), 'ghost');
    await user.click(within(form).getByRole('button', { name: 'Set rule' }));
    expect(await within(form).findByText('no customer has the tag ghost')).toBeInTheDocument();
    await user.clear(within(form).getByRole('textbox', { name: 'Tag' }));
    await user.type(within(form).getByRole('textbox', { name: 'Tag' }), 'vip');
    await user.click(within(form).getByRole('button', { name: 'Set rule' }));
    expect(await screen.findByText('vip: every 30 days')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove the rule for vip' }));
    expect(await screen.findByText('No tag rules yet.')).toBeInTheDocument();
  });
});
