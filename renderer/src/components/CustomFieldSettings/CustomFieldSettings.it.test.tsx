import { screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';
import { CustomFieldSettings } from './CustomFieldSettings.tsx';

afterEach(() => localStorage.clear());

it('manages custom fields in Italian, with the schema’s and the core’s complaints in Italian', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  const bridge = createTestBridge();
  bridge.core.call('customFields:create', { name: 'Taglia', type: 'number' });
  const { user } = render(<CustomFieldSettings />, { bridge });

  const table = await screen.findByRole('table', { name: 'Campi personalizzati' });
  expect(within(table).getByText('Numero')).toBeInTheDocument();
  expect(within(table).getByRole('button', { name: 'Archivia' })).toBeInTheDocument();

  const form = screen.getByRole('form', { name: 'Aggiungi un campo personalizzato' });
  await user.click(within(form).getByRole('button', { name: 'Aggiungi campo' }));
  expect(await within(form).findByText('Nome del campo: campo obbligatorio')).toBeInTheDocument();
  await user.type(within(form).getByLabelText('Nome del campo'), 'Colore');
  await user.selectOptions(within(form).getByLabelText('Tipo di campo'), 'Scelta');
  await user.click(within(form).getByRole('button', { name: 'Aggiungi campo' }));
  expect(
    await within(form).findByText('Un campo a scelta ha bisogno di almeno una scelta'),
  ).toBeInTheDocument();
});
