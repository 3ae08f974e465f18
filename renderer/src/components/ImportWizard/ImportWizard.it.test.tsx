import { screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';
import { ImportWizard } from './ImportWizard.tsx';

afterEach(() => localStorage.clear());

it('walks through an import in Italian, with the core’s column names and row problems in Italian', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  const bridge = createTestBridge();
  const { user } = render(<ImportWizard />, { bridge });

  expect(screen.getByRole('radiogroup', { name: "Cosa c'è nel file?" })).toBeInTheDocument();
  expect(screen.getByRole('radio', { name: /Acquisti e visite \(CSV\)/ })).toBeInTheDocument();
  const file = 'First Name,Phone\nAnn,333 123 4567\nBo,call me!\n';
  await user.upload(screen.getByLabelText('File'), new File([file], 'due.csv', { type: 'text/csv' }));

  expect(
    await screen.findByText('due.csv: 2 righe, letto come UTF-8, colonne separate da virgola.'),
  ).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: 'La colonna “Phone” va in' })).toHaveValue('phone');
  expect(screen.getByRole('combobox', { name: 'Modello' })).toHaveDisplayValue(
    'Generico (nomi di colonna usuali)',
  );
  expect(screen.getByRole('radio', { name: 'Completa i loro campi vuoti' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Anteprima' }));

  const preview = await screen.findByRole('table', { name: 'Anteprima delle prime righe' });
  expect(within(preview).getByRole('columnheader', { name: 'Nome' })).toBeInTheDocument();
  expect(within(preview).getByRole('columnheader', { name: 'Telefono' })).toBeInTheDocument();
  expect(within(preview).getByText('Nuovo')).toBeInTheDocument();
  expect(
    within(preview).getByText('phone: può contenere solo cifre, spazi e + ( ) - . /'),
  ).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Avanti: riepilogo' }));
  expect(
    await screen.findByText(
      "L'importazione porterebbe 1 nuovo cliente, 0 aggiornati, 0 saltati, 1 scartato.",
    ),
  ).toBeInTheDocument();
});
