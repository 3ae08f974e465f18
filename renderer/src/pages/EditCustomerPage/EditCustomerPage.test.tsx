import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBridge, render } from '../../test/render.tsx';

describe('EditCustomerPage', () => {
  it('changes a saved customer and keeps consent that was not touched as it was', async () => {
    const bridge = createTestBridge();
    const ann = bridge.addCustomer({
      firstName: 'Ann',
      phone: '0470 12 34 56',
      consents: [{ channel: 'email', granted: true, source: 'import' }],
    });
    const { user } = render(undefined, { route: `/customers/${ann.id}/edit`, bridge });

    const phone = await screen.findByLabelText('Phone');
    expect(phone).toHaveValue('0470 12 34 56');
    expect(screen.getByLabelText('Email consent')).toBeChecked();
    await user.clear(phone);
    await user.type(phone, '0470 00 00 00');
    await user.click(screen.getByRole('button', { name: 'Save customer' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Ann' })).toBeInTheDocument();
    expect(screen.getByText('0470 00 00 00')).toBeInTheDocument();
    expect(bridge.customers[0]?.consents).toMatchObject([
      { channel: 'email', granted: true, source: 'import' },
    ]);
  });

  it('puts a field error of an update (reported as fields.email) next to the field', async () => {
    const bridge = createTestBridge();
    const ann = bridge.addCustomer({ firstName: 'Ann' });
    bridge.failNext('customers:update', {
      code: 'invalid_input',
      message: 'fields.email: is refused by the mail server',
      field: 'fields.email',
    });
    const { user } = render(undefined, { route: `/customers/${ann.id}/edit`, bridge });

    await user.type(await screen.findByLabelText('Email'), 'ann@example.com');
    await user.click(screen.getByRole('button', { name: 'Save customer' }));

    expect(await screen.findByText('Email is refused by the mail server')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Email is refused by the mail server');
  });

  it('keeps a custom value whose choice the owner has since removed, while another field changes', async () => {
    const bridge = createTestBridge();
    const created = bridge.core.call('customFields:create', {
      name: 'Colour',
      type: 'choice',
      choices: ['Red', 'Teal'],
    });
    if (!created.ok) throw new Error(created.error.message);
    const colour = created.data as { id: string };
    const ann = bridge.addCustomer({ firstName: 'Ann', customFields: { [colour.id]: 'Teal' } });
    bridge.core.call('customFields:update', { id: colour.id, choices: ['Red'] });
    const { user } = render(undefined, { route: `/customers/${ann.id}/edit`, bridge });

    expect(await screen.findByLabelText('Colour')).toHaveValue('Teal');
    await user.type(screen.getByLabelText('Last name'), 'Archer');
    await user.click(screen.getByRole('button', { name: 'Save customer' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Ann Archer' })).toBeInTheDocument();
    expect(bridge.customers[0]?.customFields).toEqual({ [colour.id]: 'Teal' });
  });
});
