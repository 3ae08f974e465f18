import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';

afterEach(() => localStorage.clear());

describe('Timeline in Italian', () => {
  it('names the timeline, its filter and its actions in Italian, and says what was deleted', async () => {
    const bridge = createTestBridge();
    const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer' });
    bridge.addInteraction({ customerId: ann.id, kind: 'visit', note: 'Beard trim' });
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
    const { user } = render(undefined, { route: `/customers/${ann.id}`, bridge });
    const timeline = await screen.findByRole('region', { name: 'Cronologia' }, { timeout: 5000 });
    const entry = (await within(timeline).findByText('Beard trim')).closest('li') as HTMLElement;
    expect(within(timeline).getByRole('group', { name: 'Mostra solo' })).toBeInTheDocument();
    expect(within(timeline).getByRole('checkbox', { name: 'Reclamo' })).toBeInTheDocument();

    await user.click(within(entry).getByRole('button', { name: 'Modifica' }));
    const dialog = await screen.findByRole('dialog', { name: "Modifica l'attività" });
    expect(within(dialog).getByRole('button', { name: 'Salva le modifiche' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Annulla' }));

    await user.click(within(entry).getByRole('button', { name: 'Elimina' }));
    expect(await screen.findByText('Visita eliminata')).toBeInTheDocument();
  });
});
