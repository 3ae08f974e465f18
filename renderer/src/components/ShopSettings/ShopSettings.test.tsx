import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBridge, render } from '../../test/render.tsx';
import { countryName } from './countries.ts';
import { ShopSettings } from './ShopSettings.tsx';

describe('ShopSettings', () => {
  it('sets the default country, and stored phone numbers are read with it', async () => {
    const bridge = createTestBridge();
    bridge.core.call('settings:update', { defaultCountry: 'US' });
    const ann = bridge.addCustomer({ firstName: 'Ann', phone: '333 123 4567' });
    const { user } = render(<ShopSettings />, { bridge });
    const italy = countryName('IT');

    const select = await screen.findByRole('combobox', { name: 'Default country' });
    await screen.findByText(`Now: ${countryName('US')}`);
    await user.selectOptions(select, `${italy} (IT)`);

    expect(await screen.findByText(`Now: ${italy}`)).toBeInTheDocument();
    expect(bridge.core.call('settings:get', {})).toEqual({
      ok: true,
      data: { defaultCountry: 'IT', shopName: '', currency: 'EUR' },
    });
    expect(bridge.customers.find((customer) => customer.id === ann.id)).toMatchObject({
      phoneE164: '+393331234567',
      phoneFlagged: false,
    });
  });
});

it('changes the currency every amount is shown in, without touching the amounts', async () => {
  const bridge = createTestBridge();
  const { user } = render(<ShopSettings />, { bridge });
  const select = await screen.findByRole('combobox', { name: /Currency/ });
  await waitFor(() => expect(select).toHaveValue('EUR'));
  await user.selectOptions(select, 'GBP');
  expect(await screen.findByText(/Amounts are now shown in British Pound/)).toBeInTheDocument();
  expect(bridge.core.call('settings:get', {})).toMatchObject({ ok: true, data: { currency: 'GBP' } });
});
