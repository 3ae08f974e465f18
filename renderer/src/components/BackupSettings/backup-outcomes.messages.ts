import { defineMessages } from '../../i18n/define-messages.ts';

// How the core reports a backup job (main/core/services/backups.ts, main/core/backups/take-backup.ts),
// keyed by its English, in the other languages. backup-outcomes.test.ts checks the core's wording.

export const patternBackupOutcomes = defineMessages({
  backedUpMany: {
    en: (file: string, customers: string) => `Backed up and verified: ${file} (${customers} customers).`,
    it: (file: string, customers: string) => `Backup fatto e verificato: ${file} (${customers} clienti).`,
  },
  backedUpOne: {
    en: (file: string, customers: string) => `Backed up and verified: ${file} (${customers} customer).`,
    it: (file: string, customers: string) => `Backup fatto e verificato: ${file} (${customers} cliente).`,
  },
  restored: {
    en: (from: string, savedAs: string) =>
      `Restored ${from}. The data as it was just before is kept as ${savedAs}, so this can be undone.`,
    it: (from: string, savedAs: string) =>
      `Ripristinato ${from}. I dati com'erano subito prima sono conservati come ${savedAs}: si può tornare indietro.`,
  },
  copied: {
    en: (folder: string) => `Copied to ${folder}.`,
    it: (folder: string) => `Copiato in ${folder}.`,
  },
  secondCopyFailed: {
    en: (folder: string, why: string) => `The second copy to ${folder} failed: ${why}`,
    it: (folder: string, why: string) => `La seconda copia in ${folder} non è riuscita: ${why}`,
  },
});
