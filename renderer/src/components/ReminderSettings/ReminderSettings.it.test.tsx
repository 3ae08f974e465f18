import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';
import { ReminderSettings } from './ReminderSettings.tsx';

const LOADED = { timeout: 10_000 };

afterEach(() => localStorage.clear());

describe('Settings → Reminders in Italian', () => {
  it('labels the settings in Italian and points at thresholds in the wrong order in Italian', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
    const { user } = render(<ReminderSettings />, { bridge: createTestBridge() });
    const form = await screen.findByRole('form', { name: 'Impostazioni dei promemoria' }, LOADED);
    expect(screen.getByRole('heading', { name: 'Promemoria' })).toBeInTheDocument();
    expect(screen.getByText(/^Il modello delle visite viene calcolato in background/)).toBeInTheDocument();
    const stop = within(form).getByRole('textbox', { name: "Fuori dalla lista a (× l'intervallo abituale)" });
    await user.clear(stop);
    await user.type(stop, '1.2');
    await user.click(within(form).getByRole('button', { name: 'Salva le impostazioni dei promemoria' }));
    expect(
      await within(form).findByText('Fuori dalla lista deve essere sopra il multiplo di ritardo'),
    ).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Nuova regola per etichetta' })).toBeInTheDocument();
    expect(screen.getByText('Ancora nessuna regola per etichetta.')).toBeInTheDocument();
  });
});
