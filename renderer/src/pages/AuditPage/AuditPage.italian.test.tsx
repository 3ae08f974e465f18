import { screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';

afterEach(() => localStorage.clear());

it('filters and verifies the audit trail in Italian', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  const bridge = createTestBridge();
  const ann = bridge.addCustomer({ firstName: 'Ann', phone: '555 0100' });
  bridge.core.call('customers:update', { id: ann.id, fields: { firstName: 'Ann', phone: '' } });
  const { user } = render(undefined, { route: '/audit', bridge });

  expect(await screen.findByRole('heading', { level: 1, name: 'Registro attività' })).toBeInTheDocument();
  const table = await screen.findByRole('table', { name: 'Voci del registro' });
  expect(within(table).getByRole('columnheader', { name: 'Dettagli' })).toBeInTheDocument();
  expect(within(table).getByText('phone: 555 0100 → (vuoto)')).toBeInTheDocument();

  await user.click(screen.getByRole('combobox', { name: 'Cosa' }));
  expect(await screen.findByRole('option', { name: 'Accessi e PIN' })).toBeInTheDocument();
  expect(screen.getByRole('option', { name: 'Campi personalizzati' })).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Verifica la catena' }));
  expect(await screen.findByText('Il registro è integro')).toBeInTheDocument();
  expect(screen.getByText('Tutte le 2 voci si susseguono senza modifiche.')).toBeInTheDocument();
});
