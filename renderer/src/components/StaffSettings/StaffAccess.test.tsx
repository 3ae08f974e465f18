import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withFastPins } from '../../../../main/core/test-support/fast-pins.ts';
import { PermissionMatrix } from '../SecuritySettings/PermissionMatrix.tsx';
import { createTestBridge, render } from '../../test/render.tsx';
import { StaffSettings } from './StaffSettings.tsx';

withFastPins();

function shop() {
  const bridge = createTestBridge();
  const created = bridge.core.call('staff:create', { displayName: 'Sam Okafor' });
  if (!created.ok) throw new Error(created.error.message);
  return { bridge, samId: (created.data as { id: string }).id };
}

const rowOf = (name: string) =>
  within(screen.getByRole('table', { name: 'Staff members' }))
    .getAllByRole('row')
    .find((row) => row.textContent?.includes(name));

describe('Settings › Staff: roles, PINs and lockouts', () => {
  it('sets a PIN the person can then sign in with', async () => {
    const { bridge, samId } = shop();
    const { user } = render(<StaffSettings />, { bridge });
    await waitFor(() => expect(rowOf('Sam Okafor')).toHaveTextContent('No PIN'));
    await user.click(screen.getByRole('button', { name: 'Set the PIN of Sam Okafor' }));
    const dialog = await screen.findByRole('dialog', { name: 'PIN for Sam Okafor' });
    await user.type(within(dialog).getByLabelText('New PIN'), '1357');
    await user.type(within(dialog).getByLabelText('New PIN again'), '1358');
    await user.click(within(dialog).getByRole('button', { name: 'Save PIN' }));
    expect(await within(dialog).findByText('The two PINs are not the same')).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText('New PIN again'));
    await user.type(within(dialog).getByLabelText('New PIN again'), '1357');
    await user.click(within(dialog).getByRole('button', { name: 'Save PIN' }));

    await waitFor(() => expect(rowOf('Sam Okafor')).toHaveTextContent('PIN set'));
    expect(await bridge.core.invoke('auth:signIn', { staffId: samId, secret: '1357' })).toMatchObject({
      ok: true,
    });
  });

  it('changes a role, and unlocks someone locked out', async () => {
    const { bridge, samId } = shop();
    await bridge.core.invoke('auth:setSecret', { staffId: samId, secret: '1357' });
    bridge.core.ctx.db
      .prepare('UPDATE staff_credentials SET locked_until = ? WHERE staff_id = ?')
      .run(Date.now() * 2, samId);
    const { user } = render(<StaffSettings />, { bridge });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Role of Sam Okafor' }), 'manager');
    await waitFor(() =>
      expect(bridge.core.call('staff:list', {})).toMatchObject({ ok: true, data: [{ role: 'manager' }] }),
    );
    await user.click(await screen.findByRole('button', { name: 'Unlock Sam Okafor' }));
    await waitFor(() => expect(rowOf('Sam Okafor')).toHaveTextContent('PIN set'));
    expect(bridge.core.call('auth:credentials', {})).toMatchObject({
      ok: true,
      data: [{ lockedUntil: null }],
    });
  });

  it('lets the owner allow staff one more thing in the permission matrix', async () => {
    const { bridge } = shop();
    const { user } = render(<PermissionMatrix />, { bridge });
    const box = await screen.findByRole('checkbox', {
      name: "Staff may export contact lists and a customer's data",
    });
    expect(box).not.toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: 'Staff may log, correct and remove interactions' }),
    ).toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: 'Owner may browse and export the audit trail' }),
    ).toBeDisabled();
    await user.click(box);
    await waitFor(() => expect(box).toBeChecked());
    expect(bridge.core.call('auth:permissions', {})).toMatchObject({
      ok: true,
      data: { staff: expect.arrayContaining(['customers.export']) as unknown },
    });
  });
});
