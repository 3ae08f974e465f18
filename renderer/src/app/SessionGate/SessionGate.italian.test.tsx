import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { withFastPins } from '../../../../main/core/test-support/fast-pins.ts';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';
import { shopWithPins } from '../../test/trust-setup.ts';
import { AppLayout } from '../AppLayout/AppLayout.tsx';
import { AppRoutes } from '../AppRoutes.tsx';
import { SessionGate } from './SessionGate.tsx';

withFastPins();

afterEach(() => localStorage.clear());

it('sets Regulars up, shows who is signed in and locks, all in Italian', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  const bridge = createTestBridge({ signedIn: false });
  const { user } = render(
    <SessionGate>
      <AppLayout>
        <AppRoutes />
      </AppLayout>
    </SessionGate>,
    { bridge },
  );

  const form = await screen.findByRole('form', { name: 'Configura Regulars' });
  expect(
    within(form).getByRole('heading', { level: 1, name: 'Ti diamo il benvenuto in Regulars' }),
  ).toBeInTheDocument();
  await user.click(within(form).getByRole('button', { name: 'Avanti' }));
  expect(await within(form).findByText('Il nome del negozio è obbligatorio')).toBeInTheDocument();
  await user.type(within(form).getByLabelText('Nome del negozio', { exact: false }), 'Bar Sport');
  await user.click(within(form).getByRole('button', { name: 'Avanti' }));
  await user.click(within(form).getByRole('button', { name: 'Avanti' }));
  expect(await within(form).findByText('Scrivi il tuo nome')).toBeInTheDocument();
  await user.type(within(form).getByLabelText('Il tuo nome', { exact: false }), 'Olive Owner');
  await user.type(within(form).getByLabelText('Il tuo PIN o la tua password'), '24');
  await user.click(within(form).getByRole('button', { name: 'Avanti' }));
  expect(
    await within(form).findByText(
      'Il PIN deve avere da 4 a 8 cifre, oppure essere una password di almeno 8 caratteri',
    ),
  ).toBeInTheDocument();
  await user.type(within(form).getByLabelText('Il tuo PIN o la tua password'), '68');
  const keypad = within(form).getByRole('group', { name: 'Tastierino: Ripeti PIN o password' });
  for (const digit of ['2', '4', '6', '9'])
    await user.click(within(keypad).getByRole('button', { name: digit }));
  await user.click(within(form).getByRole('button', { name: 'Avanti' }));
  expect(await within(form).findByText('I due PIN non coincidono')).toBeInTheDocument();
  await user.click(within(keypad).getByRole('button', { name: "Cancella l'ultima cifra" }));
  await user.click(within(keypad).getByRole('button', { name: '8' }));
  await user.click(within(form).getByRole('button', { name: 'Avanti' }));
  await user.click(within(form).getByRole('radio', { name: 'Inizia da zero' }));
  await user.click(within(form).getByRole('button', { name: 'Inizia a usare Regulars' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Oggi' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Utente attivo: Olive Owner' }));
  expect(await screen.findByText('Accesso come titolare')).toBeInTheDocument();
  expect(screen.getByRole('menuitem', { name: 'Cambia utente…' })).toBeInTheDocument();
  expect(screen.getByRole('menuitem', { name: 'Cambia il mio PIN…' })).toBeInTheDocument();
  await user.click(screen.getByRole('menuitem', { name: 'Blocca' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Regulars è bloccato' })).toBeInTheDocument();
  const signIn = screen.getByRole('form', { name: 'Accedi' });
  expect(within(signIn).getByRole('radiogroup', { name: 'Chi sei?' })).toBeInTheDocument();
  await user.click(within(signIn).getByRole('button', { name: 'Accedi' }));
  expect(await within(signIn).findByText('Scrivi il tuo PIN')).toBeInTheDocument();
});

it('says in Italian why a PIN was refused, how many tries are left, and when someone is locked out', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  const bridge = createTestBridge({ signedIn: false });
  await shopWithPins(bridge);
  bridge.core.call('auth:lock', {});
  const { user } = render(
    <SessionGate>
      <AppLayout>
        <AppRoutes />
      </AppLayout>
    </SessionGate>,
    { bridge },
  );
  await user.click(await screen.findByRole('radio', { name: 'Sam Okafor' }));
  const pin = screen.getByLabelText('PIN o password');
  await user.type(pin, '9999{Enter}');
  expect(
    await screen.findByText(
      'accesso non riuscito per Sam Okafor: ancora 4 tentativi prima di un blocco di 5 minuti',
    ),
  ).toBeInTheDocument();
  for (let attempt = 1; attempt < 5; attempt++) {
    await waitFor(() => expect(screen.getByLabelText('PIN o password')).toHaveValue(''));
    await user.type(screen.getByLabelText('PIN o password'), '9999{Enter}');
  }
  expect(
    await screen.findByText(
      'Accesso non riuscito: Sam Okafor è bloccato per 5 minuti (il titolare può sbloccarlo prima).',
    ),
  ).toBeInTheDocument();
});
