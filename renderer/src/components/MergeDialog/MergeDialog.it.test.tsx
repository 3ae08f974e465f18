import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';
import { MergeDialog } from './MergeDialog.tsx';

afterEach(() => localStorage.clear());

describe('MergeDialog in Italian', () => {
  it('asks which record to keep and which values win, in Italian', async () => {
    const bridge = createTestBridge();
    const a = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer', phone: '+39 333 1111111' });
    const b = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer', phone: '+39 333 2222222' });
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
    render(<MergeDialog aId={a.id} bId={b.id} onClose={() => {}} />, { bridge });
    const dialog = await screen.findByRole('dialog', { name: 'Unisci clienti' });
    expect(await within(dialog).findByRole('radiogroup', { name: 'Tieni' })).toBeInTheDocument();
    expect(within(dialog).getByRole('radiogroup', { name: 'Telefono' })).toBeInTheDocument();
    expect(within(dialog).getAllByText(/^0 visite · aggiunto il /)).toHaveLength(2);
    expect(within(dialog).getByRole('button', { name: 'Unisci' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Annulla' })).toBeInTheDocument();
  });
});
