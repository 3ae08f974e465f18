import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CustomField } from '../../../../shared/domain/custom-field.ts';
import type { ShopSettings } from '../../../../shared/ipc/channels/settings.ts';
import { createTestBridge, render } from '../../test/render.tsx';

function call<T>(bridge: ReturnType<typeof createTestBridge>, channel: string, input: unknown): T {
  const result = bridge.core.call(channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as T;
}

describe('NewCustomerPage: duplicates, custom fields and phone numbers', () => {
  it('warns about a possible duplicate while the details are typed, before anything is saved', async () => {
    const bridge = createTestBridge();
    const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer', phone: '+32 470 12 34 56' });
    const { user } = render(undefined, { route: '/customers/new', bridge });

    await user.type(screen.getByLabelText(/First name/), 'Anne');
    // Written differently from the stored number: the core compares normalized numbers.
    await user.click(screen.getByLabelText('Phone'));
    await user.paste('+32470123456');

    const warning = await screen.findByRole('status', { name: 'Possible duplicates' });
    const link = within(warning).getByRole('link', { name: 'Ann Archer' });
    expect(link).toHaveAttribute('href', `/customers/${ann.id}`);
    expect(warning).toHaveTextContent(/phone/i);
    expect(bridge.customers).toHaveLength(1);
  });

  it('shows each custom field by its type, refuses a bad number next to it, and saves good values', async () => {
    const bridge = createTestBridge();
    const size = call<CustomField>(bridge, 'customFields:create', { name: 'Shoe size', type: 'number' });
    const since = call<CustomField>(bridge, 'customFields:create', { name: 'Member since', type: 'date' });
    const wine = call<CustomField>(bridge, 'customFields:create', { name: 'Likes wine', type: 'boolean' });
    const colour = call<CustomField>(bridge, 'customFields:create', {
      name: 'Colour',
      type: 'choice',
      choices: ['Red', 'Blue'],
    });
    const archived = call<CustomField>(bridge, 'customFields:create', { name: 'Old field', type: 'text' });
    call(bridge, 'customFields:update', { id: archived.id, archived: true });
    const { user } = render(undefined, { route: '/customers/new', bridge });

    await user.type(screen.getByLabelText(/First name/), 'Mia');
    await user.type(await screen.findByLabelText('Shoe size'), 'x');
    await user.click(screen.getByLabelText('Member since'));
    await user.paste('2024-02-30');
    await user.click(screen.getByRole('button', { name: 'Save customer' }));

    expect(await screen.findByText('Shoe size must be a number')).toBeInTheDocument();
    expect(screen.getByLabelText('Shoe size')).toHaveAccessibleDescription('Shoe size must be a number');
    expect(screen.getByLabelText('Member since')).toHaveAccessibleDescription(
      'Member since must be a real date written YYYY-MM-DD',
    );
    expect(screen.queryByLabelText('Old field')).not.toBeInTheDocument();
    expect(bridge.calls.filter((entry) => entry.channel === 'customers:create')).toEqual([]);

    await user.clear(screen.getByLabelText('Shoe size'));
    await user.type(screen.getByLabelText('Shoe size'), '38,5');
    await user.clear(screen.getByLabelText('Member since'));
    await user.paste('2024-02-29');
    await user.click(screen.getByRole('switch', { name: 'Likes wine' }));
    await user.selectOptions(screen.getByLabelText('Colour'), 'Blue');
    await user.click(screen.getByRole('button', { name: 'Save customer' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Mia' })).toBeInTheDocument();
    expect(bridge.customers[0]?.customFields).toEqual({
      [size.id]: 38.5,
      [since.id]: '2024-02-29',
      [wine.id]: true,
      [colour.id]: 'Blue',
    });
  });

  it('says a phone number was kept as typed when it cannot be read for the shop’s country', async () => {
    const bridge = createTestBridge();
    call<ShopSettings>(bridge, 'settings:update', { defaultCountry: 'IT' });
    const { user } = render(undefined, { route: '/customers/new', bridge });

    await user.type(screen.getByLabelText(/First name/), 'Mia');
    await user.type(screen.getByLabelText('Phone'), '12');
    await user.click(screen.getByRole('button', { name: 'Save customer' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Mia' })).toBeInTheDocument();
    const italy = new Intl.DisplayNames(undefined, { type: 'region' }).of('IT') ?? 'IT';
    expect(
      await screen.findByText(`Saved as typed: could not read this phone number for ${italy}`),
    ).toBeInTheDocument();
    expect(bridge.customers[0]).toMatchObject({ phone: '12', phoneFlagged: true });
  });
});
