import { screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';

afterEach(() => localStorage.clear());

it('lists and searches customers in Italian', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  const bridge = createTestBridge();
  bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer' });
  bridge.addCustomer({ firstName: 'Bob', lastName: 'Baker' });
  const { user } = render(undefined, { route: '/customers', bridge });

  expect(await screen.findByRole('heading', { level: 1, name: 'Clienti' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Nuovo cliente' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Filtri' })).toBeInTheDocument();
  expect(await screen.findByText('2 clienti')).toBeInTheDocument();
  await user.type(screen.getByRole('searchbox', { name: 'Cerca clienti' }), 'Ann');
  expect(await screen.findByText('1 risultato')).toBeInTheDocument();
});
