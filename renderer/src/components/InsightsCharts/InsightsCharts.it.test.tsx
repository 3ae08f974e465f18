import { screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';
import { CustomerSetList } from '../CustomerSetList/CustomerSetList.tsx';
import { CohortTable } from './CohortTable.tsx';
import { WeeklyTable } from './WeeklyTable.tsx';

afterEach(() => localStorage.clear());

it('shows the week-by-week numbers, the cohorts and a set of customers in Italian', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  const bridge = createTestBridge();
  bridge.addCustomer({ firstName: 'Ann' });
  const week = {
    from: '2025-05-05',
    to: '2025-05-11',
    visits: 3,
    revenueMinor: 1250,
    visitors: 2,
    newCustomers: 1,
    returningCustomers: 1,
    nps: null,
    npsAnswers: 0,
    csat: 80,
    csatAnswers: 2,
  };
  render(
    <>
      <WeeklyTable weeks={[week]} />
      <CohortTable
        cohorts={[{ month: '2025-04', customers: 2, retained: [{ monthsSince: 0, customers: 2, share: 1 }] }]}
      />
      <CustomerSetList set={{ kind: 'filter', filter: { match: 'all', conditions: [] } }} />
    </>,
    { bridge },
  );
  const weeks = screen.getByRole('table', { name: 'Numeri per settimana' });
  expect(within(weeks).getByRole('columnheader', { name: 'Settimana' })).toBeInTheDocument();
  expect(within(weeks).getByText('nessuna risposta')).toBeInTheDocument();
  const cohorts = screen.getByRole('table', { name: 'Ritorno per coorte' });
  expect(within(cohorts).getByRole('columnheader', { name: 'Mese 0' })).toBeInTheDocument();
  expect(await screen.findByText('1 cliente')).toBeInTheDocument();
  expect(screen.getByRole('table', { name: 'Clienti' })).toBeInTheDocument();
});
