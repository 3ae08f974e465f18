import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';
import { LoyaltyProgramSettings } from './LoyaltyProgramSettings.tsx';

afterEach(() => localStorage.clear());

describe('LoyaltyProgramSettings in Italian', () => {
  it('labels the form, points at a wrong threshold and previews in Italian', async () => {
    const bridge = createTestBridge();
    bridge.addCustomer({ firstName: 'Ann' });
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
    const { user } = render(<LoyaltyProgramSettings />, { bridge });
    const form = await screen.findByRole('form', { name: 'Programma fedeltà' });
    expect(screen.getByText(/^Ancora nessun programma/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Aggiungi un livello' }));
    await user.click(within(form).getByRole('button', { name: 'Aggiungi un livello' }));
    await user.type(within(form).getByRole('textbox', { name: 'Nome del livello 1' }), 'Silver');
    await user.type(within(form).getByRole('textbox', { name: 'Il livello 1 richiede (punti)' }), '500');
    await user.type(within(form).getByRole('textbox', { name: 'Nome del livello 2' }), 'Gold');
    await user.type(within(form).getByRole('textbox', { name: 'Il livello 2 richiede (punti)' }), '100');
    await user.click(within(form).getByRole('button', { name: 'Mostra anteprima' }));
    expect(await within(form).findByText('Deve essere più della soglia di Silver (500)')).toBeInTheDocument();

    await user.clear(within(form).getByRole('textbox', { name: 'Il livello 2 richiede (punti)' }));
    await user.type(within(form).getByRole('textbox', { name: 'Il livello 2 richiede (punti)' }), '900');
    await user.clear(within(form).getByRole('textbox', { name: 'Il livello 1 richiede (punti)' }));
    await user.type(within(form).getByRole('textbox', { name: 'Il livello 1 richiede (punti)' }), '0');
    await user.click(within(form).getByRole('button', { name: 'Mostra anteprima' }));
    const preview = await screen.findByRole(
      'region',
      { name: 'Anteprima della modifica' },
      { timeout: 5000 },
    );
    expect(preview).toHaveTextContent('1 cliente cambierebbe livello (1 in su, 0 in giù)');
    expect(preview).toHaveTextContent(/Un acquisto di .*25.* fa guadagnare \d+ punti ora/);
    expect(within(form).getByRole('button', { name: 'Salva il programma' })).toBeInTheDocument();
  });
});
