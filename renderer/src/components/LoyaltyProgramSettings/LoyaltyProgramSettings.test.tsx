import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBridge, render } from '../../test/render.tsx';
import { LoyaltyProgramSettings } from './LoyaltyProgramSettings.tsx';

describe('LoyaltyProgramSettings', () => {
  it('shows a preview before saving, then saves exactly what was previewed', async () => {
    const bridge = createTestBridge();
    bridge.addCustomer({ firstName: 'Ann' });
    const { user } = render(<LoyaltyProgramSettings />, { bridge });
    const form = await screen.findByRole('form', { name: 'Loyalty program' });
    await user.click(within(form).getByRole('button', { name: 'Add a tier' }));
    await user.type(within(form).getByRole('textbox', { name: 'Tier 1 name' }), 'Regular');
    await user.type(within(form).getByRole('textbox', { name: 'Tier 1 needs (points)' }), '0');
    await user.click(within(form).getByRole('button', { name: 'Add a reward' }));
    await user.type(within(form).getByRole('textbox', { name: 'Reward 1' }), 'Free coffee');
    await user.type(within(form).getByRole('textbox', { name: 'Reward 1 cost (points)' }), '30');
    await user.click(within(form).getByRole('button', { name: 'Preview changes' }));

    const preview = await screen.findByRole('region', { name: 'Preview of the change' }, { timeout: 5000 });
    expect(preview).toHaveTextContent('1 customer would change tier (1 up, 0 down)');
    expect(preview).toHaveTextContent(/A purchase of .*25.* earns \d+ points now/);
    expect(bridge.core.call('loyalty:program', {})).toMatchObject({ data: { versions: [] } });
    await user.click(within(form).getByRole('button', { name: 'Save program' }));

    expect(await screen.findByText(/Version 1, since/)).toBeInTheDocument();
    expect(bridge.core.call('loyalty:program', {})).toMatchObject({
      data: {
        current: 1,
        versions: [{ program: { rewards: [{ id: 'r1', name: 'Free coffee', cost: 30 }] } }],
      },
    });
  });

  it('points at the field that is wrong, and previews nothing', async () => {
    const bridge = createTestBridge();
    const { user } = render(<LoyaltyProgramSettings />, { bridge });
    const form = await screen.findByRole('form', { name: 'Loyalty program' });
    await user.click(within(form).getByRole('button', { name: 'Add a tier' }));
    await user.click(within(form).getByRole('button', { name: 'Add a tier' }));
    await user.type(within(form).getByRole('textbox', { name: 'Tier 1 name' }), 'Silver');
    await user.type(within(form).getByRole('textbox', { name: 'Tier 1 needs (points)' }), '500');
    await user.type(within(form).getByRole('textbox', { name: 'Tier 2 name' }), 'Gold');
    await user.type(within(form).getByRole('textbox', { name: 'Tier 2 needs (points)' }), '100');
    await user.click(within(form).getByRole('button', { name: 'Preview changes' }));
    expect(await within(form).findByText("This must be more than Silver's (500)")).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Preview of the change' })).not.toBeInTheDocument();
    expect(bridge.calls.filter((call) => call.channel === 'loyalty:preview')).toEqual([]);
  });
});
