import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  notADate: { en: 'Not a date', it: 'Non è una data' },
  endsBeforeStart: { en: 'Ends before it starts', it: "Finisce prima dell'inizio" },
  period: { en: 'Period', it: 'Periodo' },
  custom: { en: 'Custom', it: 'Personalizzato' },
  from: { en: 'From', it: 'Dal' },
  to: { en: 'To', it: 'Al' },
});

/** The presets' names, keyed like PRESET_LABELS in shared/domain/calendar-days.ts (the CLI's). */
export const presetMessages = defineMessages({
  thisMonth: { en: 'This month', it: 'Questo mese' },
  last30: { en: 'Last 30 days', it: 'Ultimi 30 giorni' },
  last90: { en: 'Last 90 days', it: 'Ultimi 90 giorni' },
  thisYear: { en: 'This year', it: "Quest'anno" },
});
