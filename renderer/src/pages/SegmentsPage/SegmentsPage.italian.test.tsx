import { screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';

afterEach(() => localStorage.clear());

it('describes saved and RFM segments in Italian, and the list behind one', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  const bridge = createTestBridge();
  const ann = bridge.addCustomer({ firstName: 'Ann', tags: ['vip'] });
  bridge.addInteraction({ customerId: ann.id, kind: 'visit', amountMinor: 1000 });
  bridge.core.call('segments:create', {
    name: 'VIP recenti',
    filter: {
      match: 'all',
      conditions: [
        { kind: 'tag', op: 'has', tag: 'vip' },
        { kind: 'lastVisit', op: 'within', days: 30 },
        { kind: 'rhythm', status: 'overdue' },
      ],
    },
  });
  const { user } = render(undefined, { route: '/segments', bridge });

  expect(await screen.findByRole('heading', { level: 1, name: 'Segmenti' })).toBeInTheDocument();
  const saved = await screen.findByRole('table', { name: 'Segmenti salvati' });
  expect(within(saved).getByRole('columnheader', { name: 'Clienti che…' })).toBeInTheDocument();
  expect(
    within(saved).getByText(
      "hanno l'etichetta “vip” e sono venuti negli ultimi 30 giorni e sono in ritardo (secondo il loro ritmo)",
    ),
  ).toBeInTheDocument();

  const rfm = await screen.findByRole('table', { name: 'Segmenti RFM' });
  expect(within(rfm).getByText('R = 1 e F ≤ 2')).toBeInTheDocument();
  expect(within(rfm).getByText('sono venuti una o due volte, e da più tempo di tutti')).toBeInTheDocument();
  await user.click(within(rfm).getByRole('link', { name: 'Persi: 1 cliente' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Persi (RFM)' })).toBeInTheDocument();
  expect(
    screen.getByText('Clienti che sono venuti una o due volte, e da più tempo di tutti (R = 1 e F ≤ 2).'),
  ).toBeInTheDocument();
});
