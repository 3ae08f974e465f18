import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

export const messages = defineMessages({
  backupDidNotStart: { en: 'The backup did not start', it: 'Il backup non è partito' },
  title: { en: 'Backups', it: 'Backup' },
  intro: {
    en: 'Regulars backs up when it starts and every day while it runs, checks every copy, and keeps one a day for a week, one a week for a month and one a month for a year.',
    it: "Regulars fa un backup all'avvio e ogni giorno mentre è aperto, controlla ogni copia e ne tiene una al giorno per una settimana, una alla settimana per un mese e una al mese per un anno.",
  },
  theyAreIn: {
    en: (folder: string) => `They are in ${folder}.`,
    it: (folder: string) => `Si trovano in ${folder}.`,
  },
  backUpNow: { en: 'Back up now', it: 'Fai un backup ora' },
  restoring: { en: 'Restoring…', it: 'Ripristino in corso…' },
  lastOutcome: { en: 'Last backup or restore', it: 'Ultimo backup o ripristino' },
  noBackupsYet: { en: 'No backups yet.', it: 'Ancora nessun backup.' },
  backupsTable: { en: 'Backups', it: 'Backup' },
  taken: { en: 'Taken', it: 'Eseguito' },
  kind: { en: 'Kind', it: 'Tipo' },
  size: { en: 'Size', it: 'Dimensione' },
  customers: { en: 'Customers', it: 'Clienti' },
  actions: { en: 'Actions', it: 'Azioni' },
  restoreBackupOf: {
    en: (when: string) => `Restore the backup of ${when}`,
    it: (when: string) => `Ripristina il backup del ${when}`,
  },
  restore: { en: 'Restore', it: 'Ripristina' },
  customerCount: {
    en: (n: number) =>
      plural('en', n, {
        one: `${n.toLocaleString('en')} customer`,
        other: `${n.toLocaleString('en')} customers`,
      }),
    it: (n: number) =>
      plural('it', n, {
        one: `${n.toLocaleString('it')} cliente`,
        other: `${n.toLocaleString('it')} clienti`,
      }),
  },
  cannotBeRead: { en: 'cannot be read', it: 'illeggibile' },
  // RestoreDialog
  restoreTitle: { en: 'Restore this backup?', it: 'Ripristinare questo backup?' },
  restoreExplain: {
    en: (backup: string) => `Regulars will replace the data it has now with the backup of ${backup}.`,
    it: (backup: string) => `Regulars sostituirà i dati attuali con il backup del ${backup}.`,
  },
  restoreUndo: {
    en: 'What it has now is kept as a backup first, so you can undo this from the same list.',
    it: 'Prima i dati attuali vengono salvati come backup, così puoi annullare il ripristino da questo stesso elenco.',
  },
  cancel: { en: 'Cancel', it: 'Annulla' },
  restoreThisBackup: { en: 'Restore this backup', it: 'Ripristina questo backup' },
  // SecondCopyForm
  secondCopyFolder: { en: 'Second copy folder', it: 'Cartella della seconda copia' },
  noLongerCopied: {
    en: 'Backups are no longer copied to a second folder.',
    it: 'I backup non vengono più copiati in una seconda cartella.',
  },
  copiedTo: {
    en: (folder: string) => `Every backup will also be copied to ${folder}.`,
    it: (folder: string) => `Ogni backup verrà copiato anche in ${folder}.`,
  },
  secondCopyForm: { en: 'Second copy of every backup', it: 'Seconda copia di ogni backup' },
  secondCopyDescription: {
    en: 'A USB stick or a synced folder, as a full path. Leave empty for none.',
    it: 'Una chiavetta USB o una cartella sincronizzata, come percorso completo. Lascia vuoto per nessuna.',
  },
  folderPlaceholder: { en: '/media/usb/regulars', it: '/media/usb/regulars' },
  saveFolder: { en: 'Save folder', it: 'Salva cartella' },
  // useJobOutcome
  backupFailed: { en: 'The backup failed', it: 'Il backup non è riuscito' },
  restoreFailed: { en: 'The restore failed', it: 'Il ripristino non è riuscito' },
});

/** How each kind of backup came about, keyed by the kind the core reports. */
export const backupKindMessages = defineMessages({
  automatic: { en: 'Automatic', it: 'Automatico' },
  manual: { en: 'Taken by hand', it: 'Fatto a mano' },
  'before-restore': { en: 'Kept before a restore', it: 'Tenuto prima di un ripristino' },
  'before-migration': { en: 'Kept before an update', it: 'Tenuto prima di un aggiornamento' },
  damaged: { en: 'Damaged, set aside', it: 'Danneggiato, messo da parte' },
});
