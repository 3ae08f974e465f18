import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

export const messages = defineMessages({
  // Auto-lock
  autoLock: { en: 'Auto-lock', it: 'Blocco automatico' },
  autoLockHint: {
    en: 'After this many minutes without a key or a click, Regulars locks and asks for a PIN. 0 never locks.',
    it: 'Dopo questi minuti senza che nessuno prema un tasto o faccia clic, Regulars si blocca e chiede un PIN. Con 0 non si blocca mai.',
  },
  lockAfterMinutes: { en: 'Lock after (minutes)', it: 'Blocca dopo (minuti)' },
  save: { en: 'Save', it: 'Salva' },
  autoLockOff: { en: 'Auto-lock is off.', it: 'Il blocco automatico è disattivato.' },
  locksAfter: {
    en: (minutes: number) =>
      plural('en', minutes, {
        one: 'Regulars locks after 1 idle minute.',
        other: `Regulars locks after ${minutes} idle minutes.`,
      }),
    it: (minutes: number) =>
      plural('it', minutes, {
        one: 'Regulars si blocca dopo 1 minuto di inattività.',
        other: `Regulars si blocca dopo ${minutes} minuti di inattività.`,
      }),
  },
  minutesNotANumber: { en: 'Type a number of minutes', it: 'Scrivi un numero di minuti' },
  minutesNotWhole: {
    en: 'Minutes must be a whole number of minutes',
    it: 'I minuti devono essere un numero intero',
  },
  minutesTooFew: { en: 'Minutes must be 0 (never) or more', it: 'I minuti devono essere 0 (mai) o più' },
  minutesTooMany: {
    en: 'Minutes must be at most 1440 (a day)',
    it: 'I minuti possono essere al massimo 1440 (un giorno)',
  },

  // Roles and permissions
  rolesAndPermissions: { en: 'Roles and permissions', it: 'Ruoli e permessi' },
  matrixIntro: {
    en: 'What each role may do; it applies at once to everyone in it. Owners may always do everything.',
    it: 'Che cosa può fare ogni ruolo: vale subito per tutte le persone che lo hanno. Il titolare può sempre fare tutto.',
  },
  permissionsByRole: { en: 'Permissions by role', it: 'Permessi per ruolo' },
  mayColumn: { en: 'May…', it: 'Può…' },
  roleMay: {
    en: (role: string, permission: string) => `${role} may ${permission}`,
    it: (role: string, permission: string) => `${role}: può ${permission}`,
  },
  permissionNotChanged: { en: 'The permission was not changed', it: 'Il permesso non è stato modificato' },
});

/**
 * What each permission allows, keyed like PERMISSION_LABELS (which the core and the CLI keep in
 * English): worded to follow "may" / "può".
 */
export const permissionLabels = defineMessages({
  'customers.view': {
    en: 'find customers and see their history',
    it: 'cercare i clienti e vederne la storia',
  },
  'customers.edit': {
    en: 'add and edit customers and their tags',
    it: 'aggiungere e modificare i clienti e le loro etichette',
  },
  'interactions.log': {
    en: 'log, correct and remove interactions',
    it: 'registrare, correggere e togliere attività',
  },
  'rewards.redeem': { en: 'redeem rewards', it: 'riscattare premi' },
  'customers.delete': {
    en: 'delete customers, restore them and empty the trash',
    it: 'eliminare clienti, ripristinarli e svuotare il cestino',
  },
  'customers.merge': {
    en: 'review duplicates and merge customers',
    it: 'esaminare i doppioni e unire i clienti',
  },
  'customers.import': { en: 'import customers', it: 'importare clienti' },
  'customers.export': {
    en: "export contact lists and a customer's data",
    it: 'esportare elenchi di contatti e i dati di un cliente',
  },
  'customers.erase': {
    en: 'erase a customer for good (privacy requests)',
    it: 'cancellare definitivamente un cliente (richieste per la privacy)',
  },
  'loyalty.manage': { en: 'change the loyalty program', it: 'modificare il programma fedeltà' },
  'templates.manage': { en: 'change message templates', it: 'modificare i modelli dei messaggi' },
  'settings.manage': {
    en: 'change settings and custom fields',
    it: 'modificare le impostazioni e i campi personalizzati',
  },
  'staff.manage': {
    en: 'add staff, set their PINs and unlock them',
    it: 'aggiungere collaboratori, assegnare i loro PIN e sbloccarli',
  },
  'audit.view': {
    en: 'browse and export the audit trail',
    it: 'consultare ed esportare il registro attività',
  },
  'insights.view': {
    en: "see the shop's insights and build segments",
    it: "vedere l'andamento del negozio e creare segmenti",
  },
});
