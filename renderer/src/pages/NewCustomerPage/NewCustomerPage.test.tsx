import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBridge, render } from '../../test/render.tsx';

describe('NewCustomerPage', () => {
  it('saves a customer with tags and consent, then shows their page', async () => {
    const { user, bridge } = render(undefined, { route: '/customers/new' });

    await user.type(screen.getByLabelText(/First name/), 'Mia');
    await user.type(screen.getByLabelText('Last name'), 'Wong');
    await user.type(screen.getByLabelText('Email'), 'mia@example.com');
    await user.type(screen.getByLabelText('Birthday'), '--02-29');
    await user.type(screen.getByRole('combobox', { name: 'Tags' }), 'vip{Enter}');
    await user.click(screen.getByLabelText('SMS consent'));
    await user.click(screen.getByRole('button', { name: 'Save customer' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Mia Wong' })).toBeInTheDocument();
    expect(bridge.customers).toHaveLength(1);
    expect(bridge.customers[0]).toMatchObject({
      email: 'mia@example.com',
      birthday: '--02-29',
      tags: ['vip'],
      consents: [{ channel: 'sms', granted: true, source: 'counter' }],
    });
  });

  it('shows inline errors for an e-mail without a domain and a date that does not exist, and saves nothing', async () => {
    const { user, bridge } = render(undefined, { route: '/customers/new' });

    await user.type(screen.getByLabelText(/First name/), 'Mia');
    await user.type(screen.getByLabelText('Email'), 'mia@example');
    await user.type(screen.getByLabelText('Birthday'), '2023-02-30');
    await user.click(screen.getByRole('button', { name: 'Save customer' }));

    expect(await screen.findByText('Email must look like name@example.com')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
      'Email must look like name@example.com',
    );
    expect(screen.getByLabelText('Birthday')).toHaveAccessibleDescription(/Birthday is not a real date/);
    expect(screen.getByLabelText('Email')).toBeInvalid();
    expect(bridge.calls.filter((call) => call.channel === 'customers:create')).toEqual([]);
    expect(bridge.customers).toEqual([]);
  });

  it('puts the core’s error about a field next to that field', async () => {
    const bridge = createTestBridge();
    bridge.addCustomer({ firstName: 'Ann', code: 'A7' });
    const { user } = render(undefined, { route: '/customers/new', bridge });

    await user.type(screen.getByLabelText(/First name/), 'Mia');
    await user.type(screen.getByLabelText('Customer code'), 'A7');
    await user.click(screen.getByRole('button', { name: 'Save customer' }));

    const message = 'The customer code A7 is already used by another customer.';
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByLabelText('Customer code')).toHaveAccessibleDescription(new RegExp(message));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(bridge.customers).toHaveLength(1);
  });

  it('shows an error the form cannot pin on a field above the form', async () => {
    const bridge = createTestBridge();
    bridge.failNext('customers:create', { code: 'internal', message: 'The database is locked.' });
    const { user } = render(undefined, { route: '/customers/new', bridge });

    await user.type(screen.getByLabelText(/First name/), 'Mia');
    await user.click(screen.getByRole('button', { name: 'Save customer' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The database is locked.');
  });
});
