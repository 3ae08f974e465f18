import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withFastPins } from '../../../../main/core/test-support/fast-pins.ts';
import { AppLayout } from '../../app/AppLayout/AppLayout.tsx';
import { AppRoutes } from '../../app/AppRoutes.tsx';
import { SessionGate } from '../../app/SessionGate/SessionGate.tsx';
import { createTestBridge, render } from '../../test/render.tsx';
import { shopWithPins } from '../../test/trust-setup.ts';

withFastPins();

async function shop() {
  const bridge = createTestBridge({ signedIn: false });
  const ids = await shopWithPins(bridge);
  const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer' });
  return { bridge, ann, ...ids };
}

const app = (
  <SessionGate>
    <AppLayout>
      <AppRoutes />
    </AppLayout>
  </SessionGate>
);

describe('SessionMenu', () => {
  it('switches staff with their PIN, and the next entry carries who is signed in now', async () => {
    const { bridge, ann, samId, ownerId } = await shop();
    const { user } = render(app, { route: `/customers/${ann.id}`, bridge });
    await screen.findByRole('heading', { level: 1, name: 'Ann Archer' });

    await user.click(screen.getByRole('button', { name: 'Signed in: Olive Owner' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Switch staff…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Switch staff' });
    await user.click(within(dialog).getByRole('radio', { name: 'Sam Okafor' }));
    await user.type(within(dialog).getByLabelText('PIN or password'), '1357{Enter}');

    expect(await screen.findByRole('button', { name: 'Signed in: Sam Okafor' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Switch staff' })).not.toBeInTheDocument(),
    );
    const amount = await within(await screen.findByRole('form', { name: 'Log an interaction' })).findByRole(
      'textbox',
      {
        name: 'Amount',
      },
    );
    await user.type(amount, '12{Enter}');
    await waitFor(() => expect(bridge.interactions).toHaveLength(1));
    expect(bridge.interactions[0]).toMatchObject({ staffId: samId });
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    await waitFor(() => expect(within(timeline).getAllByRole('listitem')[0]).toHaveTextContent('Sam Okafor'));
    void ownerId;
  });

  it('refuses a wrong PIN in the switch dialog and keeps who was signed in', async () => {
    const { bridge } = await shop();
    const { user } = render(app, { bridge });
    await user.click(await screen.findByRole('button', { name: 'Signed in: Olive Owner' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Switch staff…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Switch staff' });
    await user.click(within(dialog).getByRole('radio', { name: 'Sam Okafor' }));
    await user.type(within(dialog).getByLabelText('PIN or password'), '1111{Enter}');
    expect(await within(dialog).findByText(/wrong PIN for Sam Okafor/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Signed in: Olive Owner' })).toBeInTheDocument();
  });

  it('locks the app on request, back to the lock screen', async () => {
    const { bridge } = await shop();
    const { user } = render(app, { bridge });
    await user.click(await screen.findByRole('button', { name: 'Signed in: Olive Owner' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Lock' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Regulars is locked' })).toBeInTheDocument();
    expect(bridge.core.call('customers:list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('lets someone signed in change their own PIN, checking the current one', async () => {
    const { bridge, samId } = await shop();
    await bridge.core.invoke('auth:signIn', { staffId: samId, secret: '1357' });
    const { user } = render(app, { bridge });
    await user.click(await screen.findByRole('button', { name: 'Signed in: Sam Okafor' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Change my PIN…' }));
    const form = await screen.findByRole('form', { name: 'Change my PIN' });
    await user.type(within(form).getByLabelText('Current PIN'), '0000');
    await user.type(within(form).getByLabelText('New PIN'), '86420');
    await user.type(within(form).getByLabelText('New PIN again'), '86420');
    await user.click(within(form).getByRole('button', { name: 'Change PIN' }));
    expect(await within(form).findByText(/wrong PIN for Sam Okafor/)).toBeInTheDocument();
    await user.clear(within(form).getByLabelText('Current PIN'));
    await user.type(within(form).getByLabelText('Current PIN'), '1357');
    await user.click(within(form).getByRole('button', { name: 'Change PIN' }));
    expect(await screen.findByText('Your PIN was changed.')).toBeInTheDocument();
    bridge.core.call('auth:lock', {});
    expect(await bridge.core.invoke('auth:signIn', { staffId: samId, secret: '86420' })).toMatchObject({
      ok: true,
    });
  });
});
