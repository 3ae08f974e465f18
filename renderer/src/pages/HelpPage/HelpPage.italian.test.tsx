import { screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { render } from '../../test/render.tsx';

afterEach(() => localStorage.clear());

it('reads as an Italian help page, keys and all', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  render(undefined, { route: '/help' });
  expect(await screen.findByRole('heading', { level: 1, name: 'Guida' })).toBeInTheDocument();
  for (const name of [
    'Al banco',
    'Promemoria: chi dovrebbe tornare',
    'Fedeltà: punti, livelli e premi',
    'Suggerimenti: chi contattare e che cosa dire',
    'Informazioni su Regulars',
  ]) {
    expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
  }
  const counter = screen.getByRole('region', { name: 'Al banco' });
  const first = within(counter).getAllByRole('listitem')[0];
  expect(first).toHaveTextContent(/^Ctrl \+ K \(⌘ \+ K sul Mac\) trova chiunque/);
  expect(within(counter).getAllByText('Invio')[0]?.tagName).toBe('KBD');
  expect(screen.getByText('atteso').tagName).toBe('EM');
  const about = await screen.findByRole('table', { name: 'Informazioni su questa installazione' });
  expect(within(about).getByRole('rowheader', { name: 'Versione' })).toBeInTheDocument();
});
