import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppLayout } from '../../app/AppLayout/AppLayout.tsx';
import { AppRoutes } from '../../app/AppRoutes.tsx';
import { formatMoney } from '../../format/money.ts';
import { countUserInput } from '../../test/count-keys.ts';
import { createTestBridge, render } from '../../test/render.tsx';

function shop() {
  const bridge = createTestBridge();
  const josé = bridge.addCustomer({
    firstName: 'José',
    lastName: 'Núñez',
    phone: '+39 333 123 4567',
    tags: ['vip'],
  });
  const anna = bridge.addCustomer({ firstName: 'Anna', lastName: 'Baker', phone: '0470 99 88 77' });
  const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer', email: 'ann@example.com' });
  return { bridge, josé, anna, ann };
}

function renderApp(route = '/') {
  const seeded = shop();
  const rendered = render(
    <AppLayout>
      <AppRoutes />
    </AppLayout>,
    { route, bridge: seeded.bridge },
  );
  return { ...seeded, ...rendered };
}

describe('Spotlight', () => {
  it('opens with Ctrl+K from anywhere, finds by the last phone digits, and Enter, Enter, "12", Enter logs a visit', async () => {
    const { user, bridge, josé } = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Today' });

    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Find a customer' });
    const input = within(dialog).getByRole('combobox', { name: 'Find a customer' });
    expect(input).toHaveFocus();

    await user.keyboard('4567');
    const listbox = within(dialog).getByRole('listbox');
    const option = await within(listbox).findByRole('option', { name: /José Núñez/ });
    expect(option).toHaveTextContent('+39 333 123 4567');
    expect(option).toHaveTextContent('vip');
    expect(option).toHaveTextContent('No visit yet');
    expect(option).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', option.id);

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'José Núñez' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Find a customer' })).not.toBeInTheDocument();
    const amount = within(screen.getByRole('form', { name: 'Log an interaction' })).getByRole('textbox', {
      name: 'Amount',
    });
    await waitFor(() => expect(amount).toHaveFocus());

    // The second Enter starts logging: the cursor stays in Amount and nothing is logged yet.
    await user.keyboard('{Enter}');
    expect(amount).toHaveFocus();
    expect(bridge.calls.filter((call) => call.channel === 'interactions:log')).toEqual([]);

    const input2 = countUserInput();
    await user.keyboard('12{Enter}');
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(await within(timeline).findByText(formatMoney(1200))).toBeInTheDocument();
    input2.stop();
    expect(input2.keys()).toBe(3);
    expect(input2.pointerPresses()).toBe(0);
    expect(bridge.interactions).toMatchObject([{ customerId: josé.id, kind: 'visit', amountMinor: 1200 }]);
  });

  it('keeps what is typed straight after Ctrl+K for the search, not for the field that had the focus', async () => {
    const { bridge } = renderApp();
    // Pressed faster than the dialog can take the focus: no pause between the keys at all.
    const fast = userEvent.setup({ delay: null });
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    await fast.click(await screen.findByRole('button', { name: 'Search (Ctrl+K)' }));
    await fast.type(within(await screen.findByRole('dialog')).getByRole('combobox'), 'ann@');
    await fast.keyboard('{Enter}');
    const amount = await screen.findByRole('textbox', { name: 'Amount' });
    await waitFor(() => expect(amount).toHaveFocus());
    expect(screen.getByRole('heading', { level: 1, name: 'Ann Archer' })).toBeInTheDocument();

    await fast.keyboard('{Control>}k{/Control}4567{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'José Núñez' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Find a customer' })).not.toBeInTheDocument();
    // "4567" and Enter did not land in Ann's Amount field: nothing was logged for her.
    expect(bridge.interactions).toEqual([]);
  });

  it('moves through the matches with the arrow keys, wrapping around', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Search (Ctrl+K)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Find a customer' });
    const input = within(dialog).getByRole('combobox', { name: 'Find a customer' });

    await user.type(input, 'ann');
    const listbox = within(dialog).getByRole('listbox');
    await waitFor(() => expect(within(listbox).getAllByRole('option')).toHaveLength(2));
    const [first, second] = within(listbox).getAllByRole('option');

    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', second?.id);
    expect(second).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', first?.id);
    await user.keyboard('{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', second?.id);

    // Enter opens the highlighted match, whichever of the two the core ranked second.
    const secondName = /Anna Baker|Ann Archer/.exec(second?.textContent ?? '')?.[0] ?? 'none';
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: secondName })).toBeInTheDocument();
  });

  it('ignores accents and case, and says when nothing matches', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Search (Ctrl+K)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Find a customer' });
    const input = within(dialog).getByRole('combobox', { name: 'Find a customer' });

    await user.type(input, 'NUNEZ');
    expect(await within(dialog).findByRole('option', { name: /José Núñez/ })).toBeInTheDocument();

    await user.clear(input);
    await user.type(input, 'zzzz');
    expect(await within(dialog).findByText('No customer matches “zzzz”.')).toBeInTheDocument();
    expect(within(dialog).queryAllByRole('option')).toHaveLength(0);
  });

  it('closes with Escape, gives the focus back, and opens empty next time', async () => {
    const { user } = renderApp('/customers');
    const button = await screen.findByRole('button', { name: 'Search (Ctrl+K)' });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Find a customer' });
    await user.type(within(dialog).getByRole('combobox', { name: 'Find a customer' }), 'ann');

    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Find a customer' })).not.toBeInTheDocument(),
    );
    await waitFor(() => expect(button).toHaveFocus());
    expect(screen.getByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();

    await user.keyboard('{Control>}k{/Control}');
    const again = await screen.findByRole('dialog', { name: 'Find a customer' });
    expect(within(again).getByRole('combobox', { name: 'Find a customer' })).toHaveValue('');
  });

  it('opens a customer with a click on a match', async () => {
    const { user } = renderApp();
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Find a customer' });
    await user.keyboard('ann@');

    await user.click(await within(dialog).findByRole('option', { name: /Ann Archer/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ann Archer' })).toBeInTheDocument();
  });
});
