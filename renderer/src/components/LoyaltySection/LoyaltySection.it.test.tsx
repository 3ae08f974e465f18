import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CAFE_PROGRAM } from '../../../../main/core/loyalty/test-program.ts';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';

afterEach(() => localStorage.clear());

describe('LoyaltySection in Italian', () => {
  it('says the balance, the tier and how it is worked out in Italian, from the status’s numbers', async () => {
    const bridge = createTestBridge();
    const set = bridge.core.call('loyalty:setProgram', { program: CAFE_PROGRAM });
    if (!set.ok) throw new Error(set.error.message);
    const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer' });
    bridge.addInteraction({ customerId: ann.id, kind: 'purchase', amountMinor: 12050 });
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
    render(undefined, { route: `/customers/${ann.id}`, bridge });

    const section = await screen.findByRole('region', { name: 'Fedeltà' }, { timeout: 5000 });
    expect(await within(section).findByLabelText('Saldo punti')).toHaveTextContent('120');
    expect(within(section).getByText('Ancora 380 punti per Gold')).toBeInTheDocument();
    expect(
      within(section).getByText('Silver: 120 punti negli ultimi 12 mesi; Silver richiede 100 punti.'),
    ).toBeInTheDocument();
    expect(within(section).getByText('120 punti da spendere.')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Riscatta Free coffee' })).toBeInTheDocument();
    expect(within(section).getByRole('form', { name: 'Correggi i punti' })).toBeInTheDocument();
    expect(within(section).getByRole('table', { name: 'Movimenti dei punti' })).toHaveTextContent(
      'Guadagnati',
    );
    expect(
      within(screen.getByTestId('loyalty-badge-slot')).getByLabelText('Livello fedeltà: Silver'),
    ).toBeInTheDocument();
  });
});
