import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  // Roles (keyed by the role the core stores)
  owner: { en: 'Owner', it: 'Titolare' },
  manager: { en: 'Manager', it: 'Responsabile' },
  staff: { en: 'Staff', it: 'Collaboratore' },

  // The staff section
  staffTitle: { en: 'Staff', it: 'Personale' },
  staffIntro: {
    en: 'Whoever is signed in is stamped on everything logged; each person signs in with their own PIN. Deactivated staff keep their history.',
    it: "Tutto ciò che registri porta il nome di chi ha fatto l'accesso; ognuno accede con il proprio PIN. Chi viene disattivato conserva la sua storia.",
  },
  staffMembers: { en: 'Staff members', it: 'Collaboratori' },
  name: { en: 'Name', it: 'Nome' },
  statusColumn: { en: 'Status', it: 'Stato' },
  accessColumn: { en: 'Role and sign-in', it: 'Ruolo e accesso' },
  actionsColumn: { en: 'Actions', it: 'Azioni' },
  active: { en: 'Active', it: 'Attivo' },
  inactive: { en: 'Inactive', it: 'Non attivo' },
  edit: { en: 'Edit', it: 'Modifica' },
  editName: { en: (name: string) => `Edit ${name}`, it: (name: string) => `Modifica ${name}` },
  deactivate: { en: 'Deactivate', it: 'Disattiva' },
  reactivate: { en: 'Reactivate', it: 'Riattiva' },
  deactivateName: { en: (name: string) => `Deactivate ${name}`, it: (name: string) => `Disattiva ${name}` },
  reactivateName: { en: (name: string) => `Reactivate ${name}`, it: (name: string) => `Riattiva ${name}` },
  notDeactivated: {
    en: (name: string) => `${name} was not deactivated`,
    it: (name: string) => `Non è stato possibile disattivare ${name}`,
  },
  notReactivated: {
    en: (name: string) => `${name} was not reactivated`,
    it: (name: string) => `Non è stato possibile riattivare ${name}`,
  },
  added: {
    en: (name: string) => `${name} added`,
    it: (name: string) => `Ora ${name} fa parte del personale`,
  },
  addStaffMember: { en: 'Add a staff member', it: 'Aggiungi un collaboratore' },
  addStaffMemberButton: { en: 'Add staff member', it: 'Aggiungi collaboratore' },
  editStaffMember: { en: 'Edit staff member', it: 'Modifica collaboratore' },
  saveChanges: { en: 'Save changes', it: 'Salva le modifiche' },
  cancel: { en: 'Cancel', it: 'Annulla' },

  // The staff form
  initials: { en: 'Initials', it: 'Iniziali' },
  colour: { en: 'Colour', it: 'Colore' },
  initialsHint: { en: 'Empty: taken from the name', it: 'Se vuoto: prese dal nome' },
  nameRequired: { en: 'Name is required', it: 'Il nome è obbligatorio' },
  nameTooLong: { en: 'Name must be at most 60 characters', it: 'Il nome può avere al massimo 60 caratteri' },
  initialsTooLong: {
    en: 'Initials must be at most 3 characters',
    it: 'Le iniziali possono avere al massimo 3 caratteri',
  },
  initialsLettersOnly: { en: 'Initials must be letters only', it: 'Le iniziali possono essere solo lettere' },

  // Role, PIN and lockout
  keepsRole: {
    en: (name: string, role: string) => `${name} keeps the role ${role}`,
    it: (name: string, role: string) => `${name} mantiene il ruolo ${role}`,
  },
  stillLockedOut: {
    en: (name: string) => `${name} is still locked out`,
    it: (name: string) => `L'accesso di ${name} è ancora bloccato`,
  },
  roleOf: { en: (name: string) => `Role of ${name}`, it: (name: string) => `Ruolo di ${name}` },
  lockedUntil: {
    en: (time: string) => `Locked until ${time}`,
    it: (time: string) => `Bloccato fino alle ${time}`,
  },
  pinSet: { en: 'PIN set', it: 'PIN impostato' },
  noPin: { en: 'No PIN', it: 'Nessun PIN' },
  setPinOf: {
    en: (name: string) => `Set the PIN of ${name}`,
    it: (name: string) => `Imposta il PIN di ${name}`,
  },
  resetPinOf: {
    en: (name: string) => `Reset the PIN of ${name}`,
    it: (name: string) => `Reimposta il PIN di ${name}`,
  },
  setPin: { en: 'Set PIN', it: 'Imposta PIN' },
  resetPin: { en: 'Reset PIN', it: 'Reimposta PIN' },
  unlock: { en: 'Unlock', it: 'Sblocca' },
  unlockName: { en: (name: string) => `Unlock ${name}`, it: (name: string) => `Sblocca ${name}` },

  // Setting someone's PIN
  pinFor: { en: (name: string) => `PIN for ${name}`, it: (name: string) => `PIN di ${name}` },
  setPinHint: {
    en: '4 to 8 digits, or a password of 8 characters or more. Tell it to them in person; they can change it afterwards from the menu with their name.',
    it: 'Da 4 a 8 cifre, oppure una password di almeno 8 caratteri. Comunicalo di persona; potrà poi cambiarlo dal menu con il suo nome.',
  },
  savePin: { en: 'Save PIN', it: 'Salva PIN' },
  canSignInWithNewPin: {
    en: (name: string) => `${name} can sign in with the new PIN.`,
    it: (name: string) => `${name} può accedere con il nuovo PIN.`,
  },
});

/** The staff colours' names, keyed by the Mantine colour stored for each person. */
export const colourNames = defineMessages({
  teal: { en: 'Teal', it: 'Verde acqua' },
  blue: { en: 'Blue', it: 'Blu' },
  grape: { en: 'Grape', it: 'Viola' },
  orange: { en: 'Orange', it: 'Arancione' },
  red: { en: 'Red', it: 'Rosso' },
  pink: { en: 'Pink', it: 'Rosa' },
  cyan: { en: 'Cyan', it: 'Azzurro' },
  lime: { en: 'Lime', it: 'Verde lime' },
  indigo: { en: 'Indigo', it: 'Indaco' },
  yellow: { en: 'Yellow', it: 'Giallo' },
});
