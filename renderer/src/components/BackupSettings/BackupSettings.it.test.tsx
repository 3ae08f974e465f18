import { screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';
import { BackupSettings } from './BackupSettings.tsx';

afterEach(() => localStorage.clear());

it('lists and takes backups in Italian, and words the core’s complaint about the folder in Italian', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  const bridge = createTestBridge();
  bridge.addCustomer({ firstName: 'Ann' });
  const { user } = render(<BackupSettings />, { bridge });

  expect(await screen.findByText('Ancora nessun backup.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Fai un backup ora' }));
  const table = await screen.findByRole('table', { name: 'Backup' });
  expect(await within(table).findByText('1 cliente')).toBeInTheDocument();
  expect(within(table).getByText('Fatto a mano')).toBeInTheDocument();
  expect(within(table).getByRole('columnheader', { name: 'Dimensione' })).toBeInTheDocument();
  // The core reports the job in English; it reads in Italian.
  expect(await screen.findByRole('alert', { name: 'Ultimo backup o ripristino' })).toHaveTextContent(
    /Backup fatto e verificato: .+ \(1 cliente\)\.$/,
  );

  const field = screen.getByRole('textbox', { name: 'Cartella della seconda copia' });
  await user.type(field, 'usb/regulars');
  await user.click(screen.getByRole('button', { name: 'Salva cartella' }));
  expect(
    await screen.findByText(
      'Cartella della seconda copia: deve essere un percorso completo, come /media/usb/regulars',
    ),
  ).toBeInTheDocument();
});
