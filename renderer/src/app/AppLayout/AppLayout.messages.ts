import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  appName: { en: 'Regulars', it: 'Regulars' },
  toggleNavigation: { en: 'Toggle navigation', it: 'Mostra o nascondi il menu' },
  mainNavigation: { en: 'Main', it: 'Principale' },
  today: { en: 'Today', it: 'Oggi' },
  customers: { en: 'Customers', it: 'Clienti' },
  insights: { en: 'Insights', it: 'Andamento' },
  segments: { en: 'Segments', it: 'Segmenti' },
  duplicates: { en: 'Duplicates', it: 'Doppioni' },
  trash: { en: 'Trash', it: 'Cestino' },
  import: { en: 'Import', it: 'Importa' },
  export: { en: 'Export', it: 'Esporta' },
  audit: { en: 'Audit', it: 'Registro attività' },
  settings: { en: 'Settings', it: 'Impostazioni' },
  help: { en: 'Help', it: 'Guida' },
});
