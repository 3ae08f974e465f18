import type { StaffRole } from '../../../../shared/domain/staff.ts';
import { defineMessages } from '../../i18n/define-messages.ts';

const ITALIAN_ROLES: Record<StaffRole, string> = {
  owner: 'titolare',
  manager: 'responsabile',
  staff: 'collaboratore',
};

export const messages = defineMessages({
  notLocked: { en: 'Regulars was not locked', it: 'Regulars non è stato bloccato' },
  signedIn: { en: (name: string) => `Signed in: ${name}`, it: (name: string) => `Utente attivo: ${name}` },
  signedInAs: {
    en: (role: StaffRole) => `Signed in as ${role}`,
    it: (role: StaffRole) => `Accesso come ${ITALIAN_ROLES[role]}`,
  },
  switchStaffItem: { en: 'Switch staff…', it: 'Cambia utente…' },
  switchStaff: { en: 'Switch staff', it: 'Cambia utente' },
  switchButton: { en: 'Switch', it: 'Cambia' },
  changeMyPinItem: { en: 'Change my PIN…', it: 'Cambia il mio PIN…' },
  changeMyPin: { en: 'Change my PIN', it: 'Cambia il mio PIN' },
  lock: { en: 'Lock', it: 'Blocca' },
  changePinHint: {
    en: 'Your current PIN first, then the new one: 4 to 8 digits, or a password of 8 characters or more.',
    it: 'Prima il PIN attuale, poi quello nuovo: da 4 a 8 cifre, oppure una password di almeno 8 caratteri.',
  },

  // Change PIN form
  typeCurrentPin: { en: 'Type your current PIN', it: 'Scrivi il tuo PIN attuale' },
  pinChanged: { en: 'Your PIN was changed.', it: 'Il tuo PIN è stato cambiato.' },
  currentPin: { en: 'Current PIN', it: 'PIN attuale' },
  changePin: { en: 'Change PIN', it: 'Cambia PIN' },
});
