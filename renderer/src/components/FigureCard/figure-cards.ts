import type { Figure, PeriodFigures } from '../../../../shared/domain/insights.ts';
import { FIGURE_ROWS, type FigureFormat } from '../../../../shared/domain/insights-format.ts';
import { pickLanguage } from '../../i18n/define-messages.ts';
import type { Language } from '../../i18n/languages.ts';
import { currentLanguage, useLanguage } from '../../i18n/LanguageProvider.tsx';
import { figureDetailMessages, figureLabelMessages } from './FigureCard.messages.ts';

/** Whether a rise is good news (green), bad news (red) or neither. */
export type Better = 'up' | 'down' | 'neither';

export interface FigureCardSpec {
  key: string;
  label: string;
  format: FigureFormat;
  value: (figures: PeriodFigures) => number | null;
  /** The customers behind the number. */
  figure: Figure;
  better: Better;
  /** A line under the number: what it is made of. */
  detail: (figures: PeriodFigures) => string;
}

type FigureKey = keyof typeof figureLabelMessages;

const SPECS: Record<FigureKey, Pick<FigureCardSpec, 'figure' | 'better'>> = {
  active: { figure: 'active', better: 'up' },
  new: { figure: 'new', better: 'up' },
  returning: { figure: 'returning', better: 'up' },
  repeatRate: { figure: 'repeat', better: 'up' },
  lapsed: { figure: 'lapsed', better: 'down' },
  churnRate: { figure: 'churned', better: 'down' },
  averageVisits: { figure: 'visitors', better: 'up' },
  averageSpend: { figure: 'visitors', better: 'up' },
  revenue: { figure: 'visitors', better: 'up' },
  regularsRevenue: { figure: 'repeat', better: 'up' },
  oneOffRevenue: { figure: 'oneOff', better: 'neither' },
  nps: { figure: 'npsAnswers', better: 'up' },
  csat: { figure: 'csatAnswers', better: 'up' },
  ces: { figure: 'cesAnswers', better: 'up' },
};

function isFigureKey(key: string): key is FigureKey {
  return Object.hasOwn(SPECS, key);
}

/** The dashboard's cards in `language`, in the order of the figures table. */
export function figureCards(language: Language = currentLanguage()): FigureCardSpec[] {
  const labels = pickLanguage(figureLabelMessages, language);
  const details = pickLanguage(figureDetailMessages, language);
  return FIGURE_ROWS.map((row) => {
    if (!isFigureKey(row.key)) throw new Error(`No card for figure ${row.key}`);
    return { ...row, ...SPECS[row.key], label: labels[row.key], detail: details[row.key] };
  });
}

/** The dashboard's cards in the reader's language. */
export function useFigureCards(): FigureCardSpec[] {
  return figureCards(useLanguage().language);
}

/**
 * The cards as they stood before the interface spoke Italian: labels in English. FigureCard words
 * its card in the reader's language by the spec's key, whichever list the spec came from.
 */
export const FIGURE_CARDS: FigureCardSpec[] = figureCards('en');
