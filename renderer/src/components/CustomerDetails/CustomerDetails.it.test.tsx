import { screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import type { CustomField } from '../../../../shared/domain/custom-field.ts';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';

afterEach(() => localStorage.clear());

it('shows a customer’s details, key facts and custom fields in Italian', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  const bridge = createTestBridge();
  const field = bridge.core.call('customFields:create', { name: 'Vino', type: 'boolean' });
  if (!field.ok) throw new Error(field.error.message);
  const ann = bridge.addCustomer({
    firstName: 'Ann',
    notes: 'Allergica alla lavanda',
    consents: [{ channel: 'email', granted: true, source: 'counter' }],
    customFields: { [(field.data as CustomField).id]: true },
  });
  render(undefined, { route: `/customers/${ann.id}`, bridge });

  expect(
    await screen.findByRole('note', { name: 'Note in evidenza' }, { timeout: 10_000 }),
  ).toBeInTheDocument();
  expect(screen.getByText('Codice cliente')).toBeInTheDocument();
  expect(screen.getByText('Canale preferito')).toBeInTheDocument();
  expect(screen.getByLabelText('Dati principali')).toHaveTextContent('Ancora poche visite');
  expect(screen.getByRole('link', { name: 'Modifica' })).toBeInTheDocument();
  const custom = await screen.findByRole('region', { name: 'Campi personalizzati' });
  expect(custom).toHaveTextContent(/Vino\s*Sì/);
  expect(within(screen.getByLabelText('Dati principali')).getByText('Prima visita')).toBeInTheDocument();
});
