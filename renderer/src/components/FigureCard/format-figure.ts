import type { FigureFormat } from '../../../../shared/domain/insights-format.ts';
import { formatMoney } from '../../format/money.ts';
import { pickLanguage } from '../../i18n/define-messages.ts';
import type { Language } from '../../i18n/languages.ts';
import { currentLanguage } from '../../i18n/LanguageProvider.tsx';
import { messages } from './FigureCard.messages.ts';

const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2, minimumFractionDigits: 2 });

/** A figure for the screen; null is shown by the caller ("no answers yet", "–"). */
export function formatFigureValue(value: number, format: FigureFormat): string {
  switch (format) {
    case 'count':
      return whole.format(value);
    case 'percent':
      return `${oneDecimal.format(value * 100)}%`;
    case 'money':
      return formatMoney(Math.round(value));
    case 'decimal':
      return twoDecimals.format(value);
    case 'score':
      return `${value > 0 ? '+' : ''}${whole.format(Math.round(value))}`;
  }
}

/** The change from the previous period, as the screen says it: "▲ 3", "▼ 1.5 pts". */
export function formatDelta(
  delta: number,
  format: FigureFormat,
  language: Language = currentLanguage(),
): string {
  const size = Math.abs(delta);
  const arrow = delta > 0 ? '▲' : '▼';
  switch (format) {
    case 'percent':
      return `${arrow} ${pickLanguage(messages, language).points(oneDecimal.format(size * 100))}`;
    case 'money':
      return `${arrow} ${formatMoney(Math.round(size))}`;
    case 'decimal':
      return `${arrow} ${twoDecimals.format(size)}`;
    default:
      return `${arrow} ${whole.format(Math.round(size))}`;
  }
}
