import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { InsightsFigures } from '../../../../shared/domain/insights.ts';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';
import { FIGURE_CARDS } from '../FigureCard/figure-cards.ts';
import { FigureCard } from '../FigureCard/FigureCard.tsx';
import { InsightsStrip } from './InsightsStrip.tsx';

afterEach(() => localStorage.clear());

describe('the figures in Italian', () => {
  it('sum up the last 30 days, and each card says what it is made of', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
    const bridge = createTestBridge();
    const ann = bridge.addCustomer({ firstName: 'Ann' });
    bridge.addInteraction({ customerId: ann.id, kind: 'visit', nps: 10 });
    const figures = bridge.core.call('insights:figures', { period: { preset: 'last30' } });
    if (!figures.ok) throw new Error(figures.error.message);
    const { current, previous } = figures.data as InsightsFigures;
    // The English spec list (as the dashboard passes it) is worded in the reader's language by key.
    const [active, , , , , , , , , , , , csat] = FIGURE_CARDS;
    if (!active || !csat) throw new Error('missing cards');
    render(
      <>
        <InsightsStrip />
        <FigureCard spec={active} current={current} previous={previous} to="/a" />
        <FigureCard spec={csat} current={current} previous={previous} to="/b" />
      </>,
      { bridge },
    );

    expect(await screen.findByRole('link', { name: 'Clienti attivi 1 ▲ 1' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ultimi 30 giorni' })).toHaveAttribute('href', '/insights');
    expect(
      screen.getByRole('link', { name: 'Clienti attivi: 1, ▲ 1. Mostra i clienti' }),
    ).toBeInTheDocument();
    expect(screen.getByText('oltre a 0 clienti persi')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'CSAT: ancora nessuna risposta, nessun confronto. Mostra i clienti' }),
    ).toBeInTheDocument();
  });
});
