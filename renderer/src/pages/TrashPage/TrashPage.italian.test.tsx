import { screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';

afterEach(() => localStorage.clear());

it('restores and empties the trash in Italian', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  const bridge = createTestBridge();
  const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer' });
  const bob = bridge.addCustomer({ firstName: 'Bob', lastName: 'Baker' });
  bridge.core.call('customers:delete', { ids: [ann.id, bob.id] });
  const { user } = render(undefined, { route: '/trash', bridge });

  expect(await screen.findByRole('heading', { level: 1, name: 'Cestino' })).toBeInTheDocument();
  const table = await screen.findByRole('table', { name: 'Clienti eliminati' });
  const annRow = within(table).getByRole('cell', { name: 'Ann Archer' }).closest('tr') as HTMLElement;
  await user.click(within(annRow).getByRole('button', { name: 'Ripristina' }));
  expect(await screen.findByText('Cliente ripristinato: Ann Archer.')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Svuota il cestino' }));
  const dialog = await screen.findByRole('dialog', { name: 'Svuotare il cestino?' });
  expect(dialog).toHaveTextContent("L'unico cliente nel cestino, con tutta la sua storia");
  await user.click(within(dialog).getByRole('button', { name: 'Svuota il cestino' }));
  expect(await screen.findByText('Cancellato definitivamente 1 cliente.')).toBeInTheDocument();
  expect(await screen.findByText('Il cestino è vuoto.')).toBeInTheDocument();
});
