import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Staff } from '../../../../shared/domain/staff.ts';
import { AppLayout } from '../../app/AppLayout/AppLayout.tsx';
import { AppRoutes } from '../../app/AppRoutes.tsx';
import { createTestBridge, render, type TestBridge } from '../../test/render.tsx';

function seedStaff(bridge: TestBridge, displayName: string, color: string): Staff {
  const result = bridge.core.call('staff:create', { displayName, color });
  if (!result.ok) throw new Error(result.error.message);
  return result.data as Staff;
}

function shop() {
  const bridge = createTestBridge();
  const sam = seedStaff(bridge, 'Sam Okafor', 'teal');
  const dana = seedStaff(bridge, 'Dana Lee', 'grape');
  const gone = seedStaff(bridge, 'Gil Former', 'red');
  bridge.core.call('staff:update', {
    id: gone.id,
    fields: { displayName: gone.displayName, initials: gone.initials, color: 'red', active: false },
  });
  const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer' });
  return { bridge, sam, dana, ann };
}

const currentStaffId = (bridge: TestBridge) => {
  const result = bridge.core.call('session:get', {});
  return result.ok ? (result.data as { currentStaffId: string | null }).currentStaffId : undefined;
};

describe('StaffPicker', () => {
  it('lists the active staff, and whoever is picked is stamped on the next entry', async () => {
    const { bridge, sam, dana, ann } = shop();
    const { user } = render(
      <AppLayout>
        <AppRoutes />
      </AppLayout>,
      { route: `/customers/${ann.id}`, bridge },
    );
    await screen.findByRole('heading', { level: 1, name: 'Ann Archer' });
    const picker = screen.getByRole('combobox', { name: 'Staff at the counter' });

    await user.click(picker);
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['DLDana Lee', 'SOSam Okafor']);
    await user.click(screen.getByRole('option', { name: /Sam Okafor/ }));

    await waitFor(() => expect(currentStaffId(bridge)).toBe(sam.id));
    expect(picker).toHaveValue('Sam Okafor');

    const amount = within(screen.getByRole('form', { name: 'Log an interaction' })).getByRole('textbox', {
      name: 'Amount',
    });
    await user.type(amount, '12{Enter}');
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    const entry = (await within(timeline).findAllByRole('listitem'))[0];
    expect(entry).toHaveTextContent('SO');
    expect(entry).toHaveTextContent('Sam Okafor');
    expect(bridge.interactions).toMatchObject([{ staffId: sam.id }]);

    // Someone else takes over the counter: the next entry carries their initials.
    await user.click(picker);
    await user.click(await screen.findByRole('option', { name: /Dana Lee/ }));
    await waitFor(() => expect(currentStaffId(bridge)).toBe(dana.id));
    const fresh = within(screen.getByRole('form', { name: 'Log an interaction' })).getByRole('textbox', {
      name: 'Amount',
    });
    await user.type(fresh, '5{Enter}');
    await waitFor(() => expect(bridge.interactions).toHaveLength(2));
    await waitFor(() => expect(within(timeline).getAllByRole('listitem')[0]).toHaveTextContent('DLDana Lee'));
    expect(bridge.interactions[1]).toMatchObject({ staffId: dana.id });
  });

  it('shows who is already at the counter, and follows a switch made elsewhere', async () => {
    const { bridge, sam, dana } = shop();
    bridge.core.call('session:setStaff', { staffId: sam.id });
    render(
      <AppLayout>
        <AppRoutes />
      </AppLayout>,
      { bridge },
    );

    const picker = await screen.findByRole('combobox', { name: 'Staff at the counter' });
    await waitFor(() => expect(picker).toHaveValue('Sam Okafor'));

    // Another window (or the CLI) switches: the change event refreshes the top bar.
    bridge.core.call('session:setStaff', { staffId: dana.id });
    await waitFor(() => expect(picker).toHaveValue('Dana Lee'));
  });

  it('offers to add staff while there is nobody to pick', async () => {
    render(
      <AppLayout>
        <AppRoutes />
      </AppLayout>,
    );
    expect(await screen.findByRole('link', { name: 'Add staff' })).toHaveAttribute('href', '/settings');
  });
});
