import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';
import { countryName } from '../ShopSettings/countries.ts';

afterEach(() => localStorage.clear());

it('shows the shop, the staff, their roles and permissions, and auto-lock in Italian', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  const bridge = createTestBridge();
  bridge.core.call('settings:update', { defaultCountry: 'US' });
  bridge.core.call('staff:create', { displayName: 'Sam Okafor' });
  const { user } = render(undefined, { route: '/settings', bridge });

  expect(await screen.findByRole('heading', { level: 1, name: 'Impostazioni' })).toBeInTheDocument();
  expect(await screen.findByRole('combobox', { name: 'Paese predefinito' })).toBeInTheDocument();
  expect(countryName('US', 'it')).toBe('Stati Uniti');
  expect(await screen.findByText('Attuale: Stati Uniti')).toBeInTheDocument();
  expect(screen.getByRole('option', { name: 'Italia (IT)' })).toBeInTheDocument();

  const staff = await screen.findByRole('region', { name: 'Personale' });
  const table = await within(staff).findByRole('table', { name: 'Collaboratori' });
  const sam = within(table)
    .getAllByRole('row')
    .find((row) => row.textContent?.includes('Sam Okafor'));
  if (!sam) throw new Error('Sam is not listed');
  expect(sam).toHaveTextContent(/Attivo/);
  await waitFor(() => expect(sam).toHaveTextContent(/Nessun PIN/));
  const role = within(sam).getByRole('combobox', { name: 'Ruolo di Sam Okafor' });
  expect(
    within(role)
      .getAllByRole('option')
      .map((option) => option.textContent),
  ).toEqual(['Titolare', 'Responsabile', 'Collaboratore']);
  expect(within(sam).getByRole('button', { name: 'Imposta il PIN di Sam Okafor' })).toBeInTheDocument();

  const form = within(staff).getByRole('form', { name: 'Aggiungi un collaboratore' });
  await user.click(within(form).getByRole('button', { name: 'Aggiungi collaboratore' }));
  expect(await within(form).findByText('Il nome è obbligatorio')).toBeInTheDocument();

  const matrix = await screen.findByRole('table', { name: 'Permessi per ruolo' });
  expect(
    within(matrix).getByRole('checkbox', {
      name: 'Collaboratore: può registrare, correggere e togliere attività',
    }),
  ).toBeChecked();
  expect(
    within(matrix).getByRole('checkbox', {
      name: 'Titolare: può consultare ed esportare il registro attività',
    }),
  ).toBeDisabled();

  const autoLock = screen.getByRole('form', { name: 'Blocco automatico' });
  const minutes = within(autoLock).getByRole('textbox', { name: 'Blocca dopo (minuti)' });
  await user.clear(minutes);
  await user.click(within(autoLock).getByRole('button', { name: 'Salva' }));
  expect(await within(autoLock).findByText('Scrivi un numero di minuti')).toBeInTheDocument();
});
