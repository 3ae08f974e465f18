import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  editInteraction: { en: 'Edit interaction', it: "Modifica l'attività" },
  saveChanges: { en: 'Save changes', it: 'Salva le modifiche' },
  timeline: { en: 'Timeline', it: 'Cronologia' },
  couldNotLoad: { en: 'The timeline could not be loaded', it: 'Impossibile caricare la cronologia' },
  loading: { en: 'Loading the timeline', it: 'Caricamento della cronologia' },
  nothingYet: { en: 'Nothing logged yet.', it: 'Ancora nessuna attività registrata.' },
  nothingOfKinds: { en: 'Nothing of these kinds.', it: 'Nessuna attività di questi tipi.' },
  showOlder: { en: 'Show older', it: 'Mostra le precedenti' },
  edit: { en: 'Edit', it: 'Modifica' },
  delete: { en: 'Delete', it: 'Elimina' },
  showOnly: { en: 'Show only', it: 'Mostra solo' },
});
