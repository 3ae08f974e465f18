import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Staff } from '../../../../shared/domain/staff.ts';
import { createTestBridge, render, type TestBridge } from '../../test/render.tsx';
import { StaffSettings } from './StaffSettings.tsx';

const staffInCore = (bridge: TestBridge): Staff[] => {
  const result = bridge.core.call('staff:list', { includeInactive: true });
  return result.ok ? (result.data as Staff[]) : [];
};

async function openSettings(bridge = createTestBridge()) {
  // The section alone: the rest of the settings page is not what these tests are about.
  const rendered = render(<StaffSettings />, { bridge });
  const section = await screen.findByRole('region', { name: 'Staff' });
  const form = within(section).getByRole('form', { name: 'Add a staff member' });
  return { ...rendered, section, form };
}

const rowOf = (section: HTMLElement, name: string) =>
  within(within(section).getByRole('table', { name: 'Staff members' }))
    .getAllByRole('row')
    .find((row) => row.textContent?.includes(name));

describe('StaffSettings', () => {
  it('is a section of the settings page', async () => {
    render(undefined, { route: '/settings' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Staff' })).toBeInTheDocument();
  });

  it('adds a staff member with initials taken from the name', async () => {
    const { user, bridge, section, form } = await openSettings();

    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Sam Okafor');
    await user.click(within(form).getByRole('button', { name: 'Add staff member' }));

    await waitFor(() => expect(rowOf(section, 'Sam Okafor')).toBeDefined());
    expect(rowOf(section, 'Sam Okafor')).toHaveTextContent(/SO.*Sam Okafor.*Active/);
    expect(staffInCore(bridge)).toMatchObject([
      { displayName: 'Sam Okafor', initials: 'SO', color: 'teal', active: true },
    ]);
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveValue('');
  });

  it('points out a missing name and a second active person of the same name, saving nothing', async () => {
    const bridge = createTestBridge();
    bridge.core.call('staff:create', { displayName: 'Sam Okafor' });
    const { user, form } = await openSettings(bridge);
    const name = within(form).getByRole('textbox', { name: 'Name' });

    await user.click(within(form).getByRole('button', { name: 'Add staff member' }));
    expect(await within(form).findByText('Name is required')).toBeInTheDocument();

    await user.type(name, 'sam okafor');
    await user.click(within(form).getByRole('button', { name: 'Add staff member' }));
    expect(
      await within(form).findByText(/Another active staff member is already called Sam Okafor/),
    ).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(staffInCore(bridge)).toHaveLength(1);
  });

  it('edits a staff member’s initials and colour', async () => {
    const bridge = createTestBridge();
    bridge.core.call('staff:create', { displayName: 'Sam Okafor' });
    const { user, section } = await openSettings(bridge);

    await user.click(await within(section).findByRole('button', { name: 'Edit Sam Okafor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit staff member' });
    const initials = within(dialog).getByRole('textbox', { name: 'Initials' });
    await user.clear(initials);
    await user.type(initials, 'SAM');
    await user.click(within(dialog).getByRole('combobox', { name: 'Colour' }));
    await user.click(await screen.findByRole('option', { name: 'Orange' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Edit staff member' })).not.toBeInTheDocument(),
    );
    expect(staffInCore(bridge)).toMatchObject([
      { displayName: 'Sam Okafor', initials: 'SAM', color: 'orange' },
    ]);
    await waitFor(() => expect(rowOf(section, 'Sam Okafor')).toHaveTextContent('SAM'));
  });

  it('deactivates and reactivates, keeping the person listed and marked', async () => {
    const bridge = createTestBridge();
    bridge.core.call('staff:create', { displayName: 'Sam Okafor' });
    const { user, section } = await openSettings(bridge);

    await user.click(await within(section).findByRole('button', { name: 'Deactivate Sam Okafor' }));
    expect(await within(section).findByRole('button', { name: 'Reactivate Sam Okafor' })).toBeInTheDocument();
    expect(rowOf(section, 'Sam Okafor')).toHaveTextContent('Inactive');
    expect(staffInCore(bridge)).toMatchObject([{ active: false }]);

    await user.click(within(section).getByRole('button', { name: 'Reactivate Sam Okafor' }));
    expect(await within(section).findByRole('button', { name: 'Deactivate Sam Okafor' })).toBeInTheDocument();
    expect(staffInCore(bridge)).toMatchObject([{ active: true }]);
  });
});
