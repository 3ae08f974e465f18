import { screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { render } from '../../test/render.tsx';
import { CustomerForm } from './CustomerForm.tsx';

afterEach(() => localStorage.clear());

it('asks for a customer in Italian, with the schema’s complaints in Italian next to each field', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  const save = vi.fn();
  const { user } = render(<CustomerForm save={save} onSaved={vi.fn()} onCancel={vi.fn()} />);

  expect(screen.getByRole('checkbox', { name: 'Consenso SMS' })).toBeInTheDocument();
  expect(screen.getByRole('group', { name: 'Possiamo contattarlo?' })).toBeInTheDocument();
  await user.type(screen.getByRole('textbox', { name: 'E-mail' }), 'ann');
  await user.type(screen.getByRole('textbox', { name: 'Compleanno' }), '1990-02-30');
  await user.click(screen.getByRole('button', { name: 'Salva cliente' }));

  expect(await screen.findByText('Nome: campo obbligatorio')).toBeInTheDocument();
  expect(screen.getByText('E-mail: deve avere la forma nome@esempio.it')).toBeInTheDocument();
  expect(screen.getByText('Compleanno: non è una data esistente')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Annulla' })).toBeInTheDocument();
  expect(save).not.toHaveBeenCalled();
});
