import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';

afterEach(() => localStorage.clear());

describe('a segment condition in Italian', () => {
  it('names the condition, its inputs and its choices in Italian', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
    render(undefined, { route: '/segments/new', bridge: createTestBridge() });
    const row = await screen.findByRole('group', { name: 'Condizione 1: Ultima visita' }, { timeout: 5000 });
    const when = within(row).getByRole('combobox', { name: 'Ultima visita' });
    expect(within(when).getByRole('option', { name: 'negli ultimi' })).toBeInTheDocument();
    expect(within(row).getByRole('textbox', { name: 'Giorni' })).toHaveValue('30');
    expect(within(row).getByRole('button', { name: 'Rimuovi la condizione 1' })).toHaveTextContent('Rimuovi');
  });
});
