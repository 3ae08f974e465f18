import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { render } from '../../test/render.tsx';
import { LoyaltyBadge } from '../LoyaltyBadge/LoyaltyBadge.tsx';
import { PrintButton } from '../PrintButton/PrintButton.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';

afterEach(() => localStorage.clear());

describe('the insights toolbar in Italian', () => {
  it('names the periods, the print button and a loyalty tier in Italian', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
    const { user } = render(
      <>
        <PeriodPicker value={{ preset: 'thisMonth' }} resolved={undefined} onChange={() => {}} />
        <PrintButton />
        <LoyaltyBadge tier={{ rank: 2, name: 'Gold' }} />
      </>,
    );
    expect(screen.getByRole('radio', { name: 'Questo mese' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Ultimi 30 giorni' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Personalizzato' }));
    expect(screen.getByRole('button', { name: 'Stampa o salva come PDF' })).toBeInTheDocument();
    expect(screen.getByLabelText('Livello fedeltà: Gold')).toBeInTheDocument();
  });
});
