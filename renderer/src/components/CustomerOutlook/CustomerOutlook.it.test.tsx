import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CustomerOutlook } from '../../../../shared/domain/customer-outlook.ts';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';
import { reasonText } from './reason-text.ts';

// The test bridge's clock stands at 17 May 2025, 10:00.
const DAY = 86_400_000;
const NOW = Date.UTC(2025, 4, 17, 10, 0);
const LOADED = { timeout: 10_000 };

afterEach(() => localStorage.clear());

describe('CustomerOutlook in Italian', () => {
  it('says the rhythm, the open reminders and the model in Italian, from the core’s numbers', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
    const bridge = createTestBridge();
    const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer' });
    for (const daysAgo of [77, 56, 35]) {
      bridge.addInteraction({ customerId: ann.id, kind: 'visit', occurredAt: NOW - daysAgo * DAY });
    }
    render(undefined, { route: `/customers/${ann.id}`, bridge });

    const outlook = await screen.findByRole('region', { name: 'Frequenza e previsioni' }, LOADED);
    expect(
      await within(outlook).findByText('Di solito ogni 21 giorni; ultima visita 35 giorni fa.'),
    ).toBeInTheDocument();
    expect(within(outlook).getByText('In ritardo dal 2025-05-14')).toBeInTheDocument();
    expect(within(outlook).getByRole('list', { name: 'Promemoria aperti' })).toHaveTextContent(
      'In ritardo: di solito ogni 21 giorni, ultima visita 35 giorni fa (2025-04-12), 1,7× la pausa abituale.',
    );
    expect(within(outlook).getByText(/viene calcolata in background/)).toBeInTheDocument();
    expect(within(outlook).getByRole('button', { name: 'Salva piano' })).toBeInTheDocument();
    expect(within(outlook).getByRole('button', { name: 'Aggiungi promemoria' })).toBeInTheDocument();
  });

  it('words every reason exactly as the core does in English', () => {
    const bridge = createTestBridge();
    const ann = bridge.addCustomer({ firstName: 'Ann', birthday: '1990-05-20' });
    for (const daysAgo of [77, 56, 35]) {
      bridge.addInteraction({ customerId: ann.id, kind: 'visit', occurredAt: NOW - daysAgo * DAY });
    }
    bridge.core.call('reminders:setPlan', { customerId: ann.id, stayInTouchDays: 10, doNotContact: false });
    bridge.core.call('reminders:addOneOff', { customerId: ann.id, dueDate: '2025-05-17', note: 'Call back' });
    const result = bridge.core.call('reminders:customer', { customerId: ann.id });
    if (!result.ok) throw new Error(result.error.message);
    const { reasons, asOf } = result.data as CustomerOutlook;
    expect(reasons.map((reason) => reason.kind).sort()).toEqual(
      ['birthday', 'one_off', 'overdue', 'stay_in_touch'].sort(),
    );
    for (const reason of reasons) expect(reasonText(reason, asOf, 'en')).toBe(reason.text);
    const birthday = reasons.find((reason) => reason.kind === 'birthday');
    expect(birthday && reasonText(birthday, asOf, 'it')).toBe(
      'Compleanno tra 3 giorni (2025-05-20): compie 35 anni.',
    );
  });
});
