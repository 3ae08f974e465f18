import { screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import type { DuplicateCandidate } from '../../../../shared/domain/duplicates.ts';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';
import { DuplicateWarning } from '../DuplicateWarning/DuplicateWarning.tsx';
import { MergeDialog } from './MergeDialog.tsx';

afterEach(() => localStorage.clear());

it('compares two customers and says why they may be one, in Italian', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  const bridge = createTestBridge();
  const a = bridge.addCustomer({ firstName: 'Ann', lastName: 'Lee', phone: '0470 12 34 56' });
  const b = bridge.addCustomer({
    firstName: 'Anne',
    lastName: 'Lee',
    phone: '0470 12 34 56',
    email: 'a@b.it',
  });
  const found = bridge.core.call('duplicates:check', {
    firstName: 'Ann',
    lastName: 'Lee',
    phone: '0470 12 34 56',
  });
  if (!found.ok) throw new Error(found.error.message);
  render(
    <>
      <DuplicateWarning candidates={found.data as DuplicateCandidate[]} />
      <MergeDialog aId={a.id} bId={b.id} onClose={vi.fn()} />
    </>,
    { bridge },
  );

  const warning = screen.getByRole('list', { name: 'Possibili doppioni' });
  expect(warning).toHaveTextContent('Stesso numero di telefono');
  const dialog = await screen.findByRole('dialog', { name: 'Unisci clienti' });
  expect(await within(dialog).findByRole('radiogroup', { name: 'Tieni' })).toBeInTheDocument();
  expect(within(dialog).getByRole('radiogroup', { name: 'Nome' })).toBeInTheDocument();
  expect(within(dialog).getByText('E-mail')).toBeInTheDocument();
  expect(within(dialog).getByRole('button', { name: 'Unisci' })).toBeInTheDocument();
});
