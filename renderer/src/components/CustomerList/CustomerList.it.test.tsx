import { screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';

afterEach(() => localStorage.clear());

it('lists customers, their filters and the bulk actions in Italian', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  const bridge = createTestBridge();
  bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer' });
  const { user } = render(undefined, { route: '/customers', bridge });

  const list = await screen.findByRole('list', { name: 'Clienti' });
  expect(await within(list).findByText('Nessuna visita')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Ultima visita' })).toBeInTheDocument();
  await user.click(within(list).getByRole('checkbox', { name: 'Seleziona Ann Archer' }));
  const bulk = screen.getByRole('region', { name: 'Azioni su più clienti' });
  expect(within(bulk).getByText('1 selezionato')).toBeInTheDocument();
  await user.click(within(bulk).getByRole('button', { name: 'Aggiungi etichetta' }));
  expect(
    await screen.findByRole('dialog', { name: "Aggiungi un'etichetta a 1 cliente" }),
  ).toBeInTheDocument();
  await user.type(screen.getByRole('textbox', { name: 'Etichetta' }), 'a,b');
  await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Aggiungi etichetta' }));
  expect(await screen.findByText('Etichetta: non può contenere virgole')).toBeInTheDocument();
});
