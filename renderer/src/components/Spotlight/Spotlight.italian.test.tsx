import { screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { AppLayout } from '../../app/AppLayout/AppLayout.tsx';
import { AppRoutes } from '../../app/AppRoutes.tsx';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';

afterEach(() => localStorage.clear());

it('finds a customer in Italian', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  const bridge = createTestBridge();
  bridge.addCustomer({ firstName: 'José', lastName: 'Núñez', phone: '+39 333 123 4567' });
  const { user } = render(
    <AppLayout>
      <AppRoutes />
    </AppLayout>,
    { bridge },
  );
  await screen.findByRole('heading', { level: 1, name: 'Oggi' });
  await user.click(screen.getByRole('button', { name: 'Cerca (Ctrl+K)' }));
  const dialog = await screen.findByRole('dialog', { name: 'Trova un cliente' });
  expect(within(dialog).getByRole('status')).toHaveTextContent(
    'Nome, ultime cifre del telefono, e-mail, codice cliente o etichetta.',
  );
  await user.keyboard('4567');
  const listbox = within(dialog).getByRole('listbox', { name: 'Clienti trovati' });
  expect(await within(listbox).findByRole('option', { name: /José Núñez/ })).toHaveTextContent(
    'Nessuna visita',
  );
  expect(within(dialog).getByRole('status')).toHaveTextContent('1 cliente: Invio lo apre.');
  await user.keyboard('9');
  expect(await within(dialog).findByText('Nessun cliente corrisponde a “45679”.')).toBeInTheDocument();
});
