import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../format/money.ts';
import { countUserInput } from '../../test/count-keys.ts';
import { createTestBridge, render } from '../../test/render.tsx';

async function openAnn() {
  const bridge = createTestBridge();
  const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer' });
  const rendered = render(undefined, { route: `/customers/${ann.id}`, bridge });
  await screen.findByRole('heading', { level: 1, name: 'Ann Archer' });
  const form = screen.getByRole('form', { name: 'Log an interaction' });
  return { ...rendered, ann, form, amount: within(form).getByRole('textbox', { name: 'Amount' }) };
}

const entries = () => within(screen.getByRole('region', { name: 'Timeline' })).queryAllByRole('listitem');

describe('QuickLog', () => {
  it('logs a visit of €12 in three keystrokes, without the mouse, as soon as the page is open', async () => {
    const { user, bridge, form, amount } = await openAnn();
    expect(amount).toHaveFocus();
    expect(within(form).getByRole('radio', { name: 'Visit' })).toBeChecked();

    const input = countUserInput();
    await user.keyboard('12{Enter}');

    await within(screen.getByRole('region', { name: 'Timeline' })).findByText(formatMoney(1200));
    input.stop();
    expect(input.keys()).toBe(3);
    expect(input.pointerPresses()).toBe(0);
    expect(entries()).toHaveLength(1);
    expect(entries()[0]).toHaveTextContent(/Visit.*€?12/);
    expect(bridge.interactions).toMatchObject([{ kind: 'visit', amountMinor: 1200, channel: 'in_person' }]);
    // Ready for the next one: an empty form, the cursor back in Amount.
    const fresh = within(screen.getByRole('form', { name: 'Log an interaction' })).getByRole('textbox', {
      name: 'Amount',
    });
    expect(fresh).toHaveValue('');
    expect(fresh).toHaveFocus();
  });

  it('reads a comma as the decimal mark, and logs the kind, note and answers picked', async () => {
    const { user, bridge, form, amount } = await openAnn();

    await user.click(within(form).getByRole('radio', { name: 'Purchase' }));
    await user.type(amount, '12,50');
    await user.type(within(form).getByRole('textbox', { name: 'Note' }), 'Shampoo');
    await user.click(
      within(within(form).getByRole('group', { name: 'CSAT (1–5)' })).getByRole('button', { name: '4' }),
    );
    await user.click(
      within(within(form).getByRole('group', { name: 'NPS (0–10)' })).getByRole('button', { name: '9' }),
    );
    await user.click(within(form).getByRole('button', { name: 'Log interaction' }));

    await within(screen.getByRole('region', { name: 'Timeline' })).findByText('Shampoo');
    expect(entries()[0]).toHaveTextContent(formatMoney(1250));
    expect(entries()[0]).toHaveTextContent('CSAT 4/5 · NPS 9/10');
    expect(bridge.interactions).toMatchObject([
      { kind: 'purchase', amountMinor: 1250, note: 'Shampoo', csat: 4, nps: 9, ces: null },
    ]);
  });

  it('clears a satisfaction answer clicked a second time', async () => {
    const { user, bridge, form } = await openAnn();
    const ces = within(within(form).getByRole('group', { name: 'CES (1–7)' }));

    await user.click(ces.getByRole('button', { name: '6' }));
    expect(ces.getByRole('button', { name: '6' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(ces.getByRole('button', { name: '6' }));
    expect(ces.getByRole('button', { name: '6' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(within(form).getByRole('button', { name: 'Log interaction' }));

    await screen.findByText('Visit logged');
    expect(bridge.interactions).toMatchObject([{ kind: 'visit', ces: null, csat: null, nps: null }]);
  });

  it('refuses a negative amount unless it is a purchase refund, next to Amount, and logs nothing', async () => {
    const { user, bridge, form, amount } = await openAnn();

    await user.keyboard('-5{Enter}');

    const message = 'Amount must not be negative unless it is a purchase refund';
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(amount).toHaveAccessibleDescription(message);
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(bridge.calls.filter((call) => call.channel === 'interactions:log')).toEqual([]);

    await user.click(within(form).getByRole('radio', { name: 'Purchase' }));
    await user.click(within(form).getByRole('button', { name: 'Log interaction' }));
    await screen.findByText('Purchase logged');
    expect(bridge.interactions).toMatchObject([{ kind: 'purchase', amountMinor: -500 }]);
  });

  it('refuses text that is not an amount', async () => {
    const { user, bridge } = await openAnn();

    await user.keyboard('abc{Enter}');

    expect(await screen.findByText('Amount must be an amount like 12.50')).toBeInTheDocument();
    expect(bridge.interactions).toEqual([]);
  });

  it('offers to undo a log, and undoing takes the entry away again', async () => {
    const { user, bridge } = await openAnn();

    await user.keyboard('8{Enter}');
    const notice = (await screen.findByText('Visit logged')).closest('[role="alert"]') ?? document.body;
    expect(entries()).toHaveLength(1);
    await user.click(within(notice as HTMLElement).getByRole('button', { name: 'Undo' }));

    expect(await screen.findByText('Visit removed')).toBeInTheDocument();
    expect(entries()).toHaveLength(0);
    expect(bridge.interactions).toEqual([]);
  });

  it('sends "When" only when it was changed, so the core stamps the moment of logging', async () => {
    const { user, bridge, amount } = await openAnn();
    const logCalls = () => bridge.calls.filter((call) => call.channel === 'interactions:log');

    await user.type(amount, '5{Enter}');
    await screen.findByText('Visit logged');
    expect(logCalls()[0]?.input).not.toHaveProperty('occurredAt');

    const form = screen.getByRole('form', { name: 'Log an interaction' });
    const when = within(form).getByLabelText('When');
    await user.clear(when);
    await user.type(when, '2025-05-01T09:30');
    await user.click(within(form).getByRole('button', { name: 'Log interaction' }));

    await waitFor(() => expect(logCalls()).toHaveLength(2));
    expect(logCalls()[1]?.input).toMatchObject({ occurredAt: new Date(2025, 4, 1, 9, 30).getTime() });
    expect(bridge.interactions.at(-1)?.occurredAt).toBe(new Date(2025, 4, 1, 9, 30).getTime());
  });
});
