import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';

afterEach(() => localStorage.clear());

describe('QuickLog in Italian', () => {
  it('logs at the counter in Italian, refusing a negative amount in Italian', async () => {
    const bridge = createTestBridge();
    const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer' });
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
    const { user } = render(undefined, { route: `/customers/${ann.id}`, bridge });
    const form = await screen.findByRole('form', { name: "Registra un'attività" }, { timeout: 5000 });
    expect(within(form).getByRole('radio', { name: 'Visita' })).toBeChecked();
    expect(within(form).getByRole('group', { name: 'CSAT (1–5)' })).toBeInTheDocument();

    await user.type(within(form).getByRole('textbox', { name: 'Importo' }), '-5');
    await user.click(within(form).getByRole('button', { name: 'Registra' }));
    expect(
      await within(form).findByText("L'importo non può essere negativo, salvo il rimborso di un acquisto"),
    ).toBeInTheDocument();

    await user.click(within(form).getByRole('radio', { name: 'Acquisto' }));
    await user.click(within(form).getByRole('button', { name: 'Registra' }));
    expect(await screen.findByText('Acquisto registrato')).toBeInTheDocument();
  });
});
