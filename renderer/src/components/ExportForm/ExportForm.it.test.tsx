import { screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { render } from '../../test/render.tsx';
import { ExportForm } from './ExportForm.tsx';
import { ExportHistory } from './ExportHistory.tsx';

afterEach(() => localStorage.clear());

it('offers an export in Italian: who, which list, which format and columns', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  const { user } = render(
    <>
      <ExportForm />
      <ExportHistory />
    </>,
  );
  expect(screen.getByRole('radiogroup', { name: 'Chi' })).toBeInTheDocument();
  await user.click(screen.getByRole('radio', { name: 'Clienti che accettano di essere contattati via' }));
  expect(screen.getByRole('radio', { name: 'Posta' })).toBeInTheDocument();
  await user.click(screen.getByRole('radio', { name: "Clienti con un'etichetta" }));
  expect(screen.getByText('Quale etichetta?')).toBeInTheDocument();
  expect(screen.getByRole('radio', { name: 'Cartella di lavoro Excel (.xlsx)' })).toBeInTheDocument();
  expect(screen.getByRole('checkbox', { name: 'Nome' })).toBeChecked();
  expect(screen.getByRole('checkbox', { name: 'Consenso e-mail' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Esporta' })).toBeDisabled();
  expect(await screen.findByText('Ancora nessuna esportazione.')).toBeInTheDocument();
});
