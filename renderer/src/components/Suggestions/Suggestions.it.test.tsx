import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';
import { TemplateEditor } from './TemplateEditor.tsx';
import { TodaySuggestions } from './TodaySuggestions.tsx';

// The test bridge's clock stands at 17 May 2025, 10:00.
const DAY = 86_400_000;
const NOW = Date.UTC(2025, 4, 17, 10, 0);
const LOADED = { timeout: 10_000 };

afterEach(() => localStorage.clear());

describe('Follow-up suggestions in Italian', () => {
  it('names the kinds, words the reasons from their numbers and explains the score', async () => {
    const bridge = createTestBridge();
    const una = bridge.addCustomer({ firstName: 'Una', lastName: 'Ude', email: 'una@example.com' });
    bridge.addInteraction({ customerId: una.id, kind: 'visit', occurredAt: NOW - 300 * DAY });
    bridge.addInteraction({ customerId: una.id, kind: 'feedback', csat: 1, occurredAt: NOW - 2 * DAY });
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
    render(<TodaySuggestions />, { bridge });

    const list = await screen.findByRole('list', { name: 'Ricontatti' }, LOADED);
    const card = within(list).getByRole('listitem', { name: 'Chiudi il cerchio: Una Ude' });
    expect(card).toHaveTextContent('Un punteggio basso (CSAT 1/5) 2 giorni fa, senza ricontatti da allora.');
    expect(within(card).getByRole('combobox', { name: 'Canale' })).toHaveValue('email');
    expect(within(card).getByText(/^Via E-mail, messaggio di servizio/)).toBeInTheDocument();
    expect(within(card).getByLabelText(/^Punteggio [\d.,]+: Urgenza /)).toHaveTextContent(/^Punteggio /);
    expect(within(card).getByRole('button', { name: 'Copia il testo e registra' })).toBeInTheDocument();
  });

  it('edits templates in Italian', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
    render(<TemplateEditor />);
    const kind = await screen.findByRole('combobox', { name: 'Tipo di ricontatto' });
    expect(within(kind).getByRole('option', { name: 'Auguri di compleanno' })).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Modello' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Modelli di messaggio' })).toBeInTheDocument();
  });
});
