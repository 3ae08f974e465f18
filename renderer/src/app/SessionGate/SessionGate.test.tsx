import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withFastPins } from '../../../../main/core/test-support/fast-pins.ts';
import { createTestBridge, render } from '../../test/render.tsx';
import { shopWithPins, signInAs } from '../../test/trust-setup.ts';
import { AppLayout } from '../AppLayout/AppLayout.tsx';
import { AppRoutes } from '../AppRoutes.tsx';
import { SessionGate } from './SessionGate.tsx';

withFastPins();

const app = (
  <SessionGate>
    <AppLayout>
      <AppRoutes />
    </AppLayout>
  </SessionGate>
);

describe('SessionGate', () => {
  it('on first run, makes whoever sets Regulars up its owner, with a PIN typed twice', async () => {
    const bridge = createTestBridge({ signedIn: false });
    const { user } = render(app, { bridge });
    const form = await screen.findByRole('form', { name: 'Set up Regulars' });
    await user.type(within(form).getByLabelText('Shop name', { exact: false }), 'Caffè Nero');
    await user.click(within(form).getByRole('button', { name: 'Next' }));
    await user.type(within(form).getByLabelText('Your name', { exact: false }), 'Olive Owner');
    await user.type(within(form).getByLabelText('Your PIN or password'), '24');
    await user.click(within(form).getByRole('button', { name: 'Next' }));
    expect(
      await within(form).findByText(
        'The PIN must be a PIN of 4 to 8 digits, or a password of at least 8 characters',
      ),
    ).toBeInTheDocument();

    await user.type(within(form).getByLabelText('Your PIN or password'), '68');
    // The keypad types the second one.
    const keypad = within(form).getByRole('group', { name: 'The same again keypad' });
    for (const digit of ['2', '4', '6', '8'])
      await user.click(within(keypad).getByRole('button', { name: digit }));
    await user.click(within(form).getByRole('button', { name: 'Next' }));
    await user.click(within(form).getByRole('radio', { name: 'Start empty' }));
    await user.click(within(form).getByRole('button', { name: 'Start using Regulars' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Signed in: Olive Owner' })).toBeInTheDocument();
    expect(bridge.core.call('auth:status', {})).toMatchObject({
      ok: true,
      data: { actor: { displayName: 'Olive Owner', role: 'owner' } },
    });
  });

  it('locks the app until a PIN checks out: the last person is chosen, so it is the PIN and Enter', async () => {
    const bridge = createTestBridge({ signedIn: false });
    const { samId } = await shopWithPins(bridge);
    await signInAs(bridge, samId, '1357');
    bridge.core.call('auth:lock', {});
    const { user } = render(app, { bridge });

    expect(await screen.findByRole('heading', { level: 1, name: 'Regulars is locked' })).toBeInTheDocument();
    expect(await screen.findByRole('radio', { name: 'Sam Okafor' })).toBeChecked();
    const pin = screen.getByLabelText('PIN or password');
    await waitFor(() => expect(pin).toHaveFocus());
    await user.keyboard('0000{Enter}');
    expect(
      await screen.findByText('wrong PIN for Sam Okafor; 4 more tries before a 5-minute lockout'),
    ).toBeInTheDocument();
    expect(pin).toHaveValue('');

    await user.keyboard('1357{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Signed in: Sam Okafor' })).toBeInTheDocument();
  });

  it('says when someone is locked out after five wrong PINs', async () => {
    const bridge = createTestBridge({ signedIn: false });
    const { samId } = await shopWithPins(bridge);
    bridge.core.call('auth:lock', {});
    const { user } = render(app, { bridge });
    await user.click(await screen.findByRole('radio', { name: 'Sam Okafor' }));
    for (let attempt = 0; attempt < 5; attempt++) {
      await user.type(screen.getByLabelText('PIN or password'), '9999{Enter}');
      await waitFor(() => expect(screen.getByLabelText('PIN or password')).toHaveValue(''));
    }
    expect(await screen.findByText(/Sam Okafor is now locked out for 5 minutes/)).toBeInTheDocument();
    expect(await screen.findByText(/locked until/)).toBeInTheDocument();
    expect(bridge.core.call('auth:status', {})).toMatchObject({ ok: true, data: { actor: null } });
    expect(
      bridge.core.ctx.db.prepare('SELECT locked_until FROM staff_credentials WHERE staff_id = ?').get(samId),
    ).toEqual({
      locked_until: expect.any(Number) as number,
    });
  });
});
