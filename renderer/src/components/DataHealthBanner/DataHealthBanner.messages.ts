import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  readOnlyTitle: { en: 'Changes cannot be saved', it: 'Impossibile salvare le modifiche' },
  readOnly: {
    en: (path: string) =>
      `Regulars may not write in the folder that holds its database (${path}): it or the file is read-only. You can look things up; make the folder writable to save changes again.`,
    it: (path: string) =>
      `Regulars non può scrivere nella cartella che contiene il suo database (${path}): la cartella o il file sono in sola lettura. Puoi consultare i dati; rendi la cartella scrivibile per tornare a salvare le modifiche.`,
  },
  damagedTitle: { en: 'Your database file is damaged', it: 'Il file del database è danneggiato' },
  damaged: {
    en: (path: string) =>
      `When Regulars started, SQLite’s check found damage in ${path}. Regulars has not changed the file and will not save anything to it, so nothing more can be lost.`,
    it: (path: string) =>
      `All'avvio di Regulars, il controllo di SQLite ha trovato danni in ${path}. Regulars non ha modificato il file e non ci salverà nulla, così non si perde altro.`,
  },
  latestGood: {
    en: (backup: string) =>
      `The latest good backup is from ${backup}. Restoring it puts it in place of the damaged file, which is kept aside for a rescue.`,
    it: (backup: string) =>
      `L'ultimo backup integro è del ${backup}. Ripristinandolo prende il posto del file danneggiato, che viene messo da parte per un recupero.`,
  },
  restoreLatest: { en: 'Restore the latest good backup', it: "Ripristina l'ultimo backup integro" },
  noBackup: {
    en: (folder: string) =>
      `There is no backup in ${folder} to restore. Keep the damaged file, and ask someone who knows SQLite to rescue what they can.`,
    it: (folder: string) =>
      `Non c'è nessun backup da ripristinare in ${folder}. Conserva il file danneggiato e chiedi a qualcuno che conosce SQLite di recuperare il possibile.`,
  },
});
