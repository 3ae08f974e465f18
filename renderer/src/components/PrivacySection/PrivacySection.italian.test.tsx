import { screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';

afterEach(() => localStorage.clear());

it('shows consent and the way to erase a customer in Italian', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  const bridge = createTestBridge();
  const ann = bridge.addCustomer({
    firstName: 'Ann',
    lastName: 'Archer',
    email: 'ann@example.com',
    consents: [{ channel: 'email', granted: false, source: 'al banco' }],
  });
  const { user } = render(undefined, { route: `/customers/${ann.id}`, bridge });

  expect(await screen.findByRole('heading', { name: "Registra un'attività" })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Consenso e privacy' })).toBeInTheDocument();
  const history = await screen.findByRole('table', { name: 'Storico dei consensi' });
  expect(within(history).getByRole('columnheader', { name: 'Provenienza' })).toBeInTheDocument();
  expect(within(history).getAllByRole('row')[1]).toHaveTextContent(/Rifiutato.*al banco/);
  expect(screen.getByRole('button', { name: 'Esporta i suoi dati (JSON)' })).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Cancella definitivamente…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Cancella definitivamente Ann Archer' });
  await user.type(within(dialog).getByLabelText('Scrivi il suo nome per confermare'), 'Ann');
  await user.click(within(dialog).getByRole('button', { name: 'Cancella definitivamente' }));
  expect(await within(dialog).findByText('Per confermare scrivi esattamente Ann Archer')).toBeInTheDocument();
  expect(bridge.customers).toHaveLength(1);
});
