import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TodayList } from '../../../../shared/domain/reminders.ts';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';
import { ModelNote } from './ModelNote.tsx';
import { ReminderCounts } from './ReminderCounts.tsx';
import { ReminderRowItem } from './ReminderRowItem.tsx';

// The test bridge's clock stands at 17 May 2025, 10:00.
const DAY = 86_400_000;
const NOW = Date.UTC(2025, 4, 17, 10, 0);

afterEach(() => localStorage.clear());

function today(): TodayList {
  const bridge = createTestBridge();
  const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer' });
  for (const daysAgo of [29, 22, 15]) {
    bridge.addInteraction({ customerId: ann.id, kind: 'visit', occurredAt: NOW - daysAgo * DAY });
  }
  const bo = bridge.addCustomer({ firstName: 'Bo', lastName: 'Bell', birthday: '--05-17' });
  bridge.core.call('reminders:setPlan', { customerId: bo.id, stayInTouchDays: null, doNotContact: true });
  const result = bridge.core.call('reminders:today', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.data as TodayList;
}

describe('Today’s reminders in Italian', () => {
  it('words every reason from its numbers, and names the kinds and the actions in Italian', () => {
    const list = today();
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
    render(
      <>
        <ModelNote model={list.model} />
        <ReminderCounts total={list.total} counts={list.counts} selected={undefined} onSelect={() => {}} />
        <ul>
          {list.rows.map((row) => (
            <ReminderRowItem key={row.customerId} row={row} today={list.asOf} />
          ))}
        </ul>
      </>,
    );
    const ann = screen.getByRole('listitem', { name: 'Ann Archer' });
    expect(ann).toHaveTextContent(
      "In ritardo: di solito ogni 7 giorni, ultima visita 15 giorni fa (2025-05-02), 2,1× l'intervallo abituale.",
    );
    expect(within(ann).getByRole('button', { name: 'Fatto' })).toBeInTheDocument();
    expect(within(ann).getByRole('button', { name: 'Rimanda' })).toBeInTheDocument();
    const bo = screen.getByRole('listitem', { name: 'Bo Bell' });
    expect(bo).toHaveTextContent('Compleanno oggi (2025-05-17).');
    expect(within(bo).getByText('Da non contattare')).toBeInTheDocument();
    const counts = screen.getByRole('group', { name: 'Mostra solo' });
    expect(within(counts).getByRole('button', { name: 'Tutti 2' })).toBeInTheDocument();
    expect(within(counts).getByRole('button', { name: 'Compleanni 1' })).toBeInTheDocument();
    expect(screen.getByText(/viene calcolato in background/)).toBeInTheDocument();
  });
});
