import { defineMessages } from '../i18n/define-messages.ts';

// The messages the schemas in shared/domain (and a few checks in the core) write about a field,
// in English, as fragments that follow the field's name ("must look like name@example.com").
// `fieldMessage` and `firstErrorMessage` (./messages.ts) look a message up here by its English
// text; a message not listed is shown as the core wrote it.

/** How a field's name and a fragment about it make one sentence. */
export const fieldSentenceMessages = defineMessages({
  labelled: {
    en: (label: string, fragment: string) => `${label} ${fragment}`,
    // "E-mail: deve avere la forma…": a colon spares the fragment agreeing with the field's gender.
    it: (label: string, fragment: string) => `${label}: ${fragment}`,
  },
});

/** Messages written exactly so, keyed (through `en`) by the English text. */
export const fixedValidationMessages = defineMessages({
  isRequired: { en: 'is required', it: 'campo obbligatorio' },
  mustNotBeEmpty: { en: 'must not be empty', it: 'scrivi qualcosa' },
  isNotValid: { en: 'is not valid', it: 'valore non valido' },
  // customer
  emailShape: { en: 'must look like name@example.com', it: 'deve avere la forma nome@esempio.it' },
  birthdayShape: {
    en: 'must be YYYY-MM-DD, or --MM-DD when the year is unknown',
    it: "deve essere AAAA-MM-GG, oppure --MM-GG se l'anno non è noto",
  },
  notARealDate: { en: 'is not a real date', it: 'non è una data esistente' },
  phoneCharacters: {
    en: 'may contain only digits, spaces and + ( ) - . /',
    it: 'può contenere solo cifre, spazi e + ( ) - . /',
  },
  noComma: { en: 'must not contain a comma', it: 'non può contenere virgole' },
  consentSource: { en: 'must say where the consent came from', it: 'indica da dove viene il consenso' },
  // auth, staff, audit
  secretShape: {
    en: 'must be a PIN of 4 to 8 digits, or a password of at least 8 characters',
    it: 'deve essere un PIN da 4 a 8 cifre o una password di almeno 8 caratteri',
  },
  wholeMinutes: { en: 'must be a whole number of minutes', it: 'deve essere un numero intero di minuti' },
  zeroOrMore: { en: 'must be 0 (never) or more', it: 'deve essere 0 (mai) o più' },
  atMostADay: { en: 'must be at most 1440 (a day)', it: 'deve essere al massimo 1440 (un giorno)' },
  lettersOnly: { en: 'must be letters only', it: 'deve contenere solo lettere' },
  categoryName: {
    en: 'must be a category name like customer or auth',
    it: 'deve essere il nome di una categoria, come customer o auth',
  },
  // calendar days, insights
  realDateBetween: {
    en: 'is not a real date between 1970 and 2199',
    it: 'non è una data esistente tra il 1970 e il 2199',
  },
  endBeforeStart: { en: 'must not end before it starts', it: 'non può finire prima di iniziare' },
  wholeNumberOfDays: { en: 'must be a whole number of days', it: 'deve essere un numero intero di giorni' },
  notBeforeFrom: { en: 'must not be before from', it: "non può essere prima dell'inizio" },
  // custom fields
  mustBeNumber: { en: 'must be a number', it: 'deve essere un numero' },
  mustBeAmount: { en: 'must be an amount like 12.50', it: 'deve essere un importo come 12,50' },
  realDateWritten: {
    en: 'must be a real date written YYYY-MM-DD',
    it: 'deve essere una data esistente scritta AAAA-MM-GG',
  },
  oneOfChoices: { en: 'must be one of its choices', it: 'deve essere una delle scelte previste' },
  choiceNeedsChoices: {
    en: 'a choice field needs at least one choice',
    it: 'un campo a scelta ha bisogno di almeno una scelta',
  },
  onlyChoiceHasChoices: {
    en: 'only a choice field has choices',
    it: 'solo un campo a scelta può avere delle scelte',
  },
  // exports
  selectACustomer: { en: 'select at least one customer', it: 'seleziona almeno un cliente' },
  tooManyCustomers: { en: 'too many customers at once', it: 'troppi clienti in una volta' },
  notAColumn: {
    en: 'is not a column Regulars can export',
    it: 'non è una colonna che Regulars può esportare',
  },
  chooseAColumn: { en: 'choose at least one column', it: 'scegli almeno una colonna' },
  // interactions
  notAnId: { en: 'is not a valid id', it: 'non è un identificativo valido' },
  wholeMilliseconds: {
    en: 'must be a whole number of milliseconds',
    it: 'deve essere un numero intero di millisecondi',
  },
  before1970: { en: 'is before 1970', it: 'è prima del 1970' },
  after2200: { en: 'is after 2200', it: 'è dopo il 2200' },
  wholeCents: { en: 'must be in whole cents', it: 'deve essere in centesimi interi' },
  tooLarge: { en: 'is too large', it: 'valore troppo grande' },
  csatRange: { en: 'CSAT is 1 to 5', it: 'CSAT va da 1 a 5' },
  npsRange: { en: 'NPS is 0 to 10', it: 'NPS va da 0 a 10' },
  cesRange: { en: 'CES is 1 to 7', it: 'CES va da 1 a 7' },
  negativeOnlyRefund: {
    en: 'must not be negative unless it is a purchase refund',
    it: 'può essere sotto zero solo per il rimborso di un acquisto',
  },
  // reminders, suggestions, segments
  wholeDays: { en: 'must be whole days', it: 'deve essere un numero intero di giorni' },
  chooseAKind: { en: 'choose at least one kind', it: 'scegli almeno un tipo' },
  kindTwice: { en: 'lists a kind twice', it: 'contiene due volte lo stesso tipo' },
  notNegative: { en: 'must not be negative', it: 'non può essere sotto zero' },
  tooLong: { en: 'is too long', it: 'valore troppo alto' },
  wholeNumber: { en: 'must be a whole number', it: 'deve essere un numero intero' },
  wholePercentage: { en: 'must be a whole percentage', it: 'deve essere una percentuale intera' },
  lowestOrHighest: { en: 'needs a lowest or a highest value', it: 'serve un valore minimo o massimo' },
  lowestAboveHighest: {
    en: 'the lowest value is above the highest',
    it: 'il valore minimo è più alto del massimo',
  },
  needsAValue: { en: 'needs a value', it: 'serve un valore' },
  pickATier: { en: 'pick a tier', it: 'scegli un livello' },
  tierForAtLeast: { en: 'needs a tier to be at least', it: 'scegli il livello minimo' },
  // loyalty
  rewardId: { en: 'must look like r1', it: 'deve avere la forma r1' },
  usedTwice: { en: 'is used twice', it: 'compare due volte' },
  // backups (the core)
  fullPath: {
    en: 'must be a full path, like /media/usb/regulars',
    it: 'deve essere un percorso completo, come /media/usb/regulars',
  },
});

/**
 * Messages with a number or a name in them, matched by their English wording: each `${…}` stands
 * for any text, passed on as written (numbers are re-written in the reader's language).
 */
export const patternValidationMessages = defineMessages({
  atMostCharacters: {
    en: (n: string) => `must be at most ${n} characters`,
    it: (n: string) => `massimo ${n} caratteri`,
  },
  atMostDaysLong: {
    en: (n: string) => `must be at most ${n} days long`,
    it: (n: string) => `può durare al massimo ${n} giorni`,
  },
  atMostDays: { en: (n: string) => `must be at most ${n} days`, it: (n: string) => `massimo ${n} giorni` },
  atLeastDays: { en: (n: string) => `must be at least ${n} days`, it: (n: string) => `almeno ${n} giorni` },
  atLeastDay: { en: (n: string) => `must be at least ${n} day`, it: (n: string) => `almeno ${n} giorno` },
  atLeastPercent: { en: (n: string) => `must be at least ${n}%`, it: (n: string) => `almeno ${n}%` },
  atMostPercent: { en: (n: string) => `must be at most ${n}%`, it: (n: string) => `al massimo ${n}%` },
  atLeast: { en: (n: string) => `must be at least ${n}`, it: (n: string) => `almeno ${n}` },
  atMost: { en: (n: string) => `must be at most ${n}`, it: (n: string) => `al massimo ${n}` },
  above: { en: (n: string) => `must be above ${n}`, it: (n: string) => `deve essere maggiore di ${n}` },
  below: { en: (n: string) => `must be below ${n}`, it: (n: string) => `deve essere minore di ${n}` },
  atMostChoices: { en: (n: string) => `at most ${n} choices`, it: (n: string) => `al massimo ${n} scelte` },
  atMostTags: { en: (n: string) => `at most ${n} tags`, it: (n: string) => `al massimo ${n} etichette` },
  atMostRules: { en: (n: string) => `at most ${n} rules`, it: (n: string) => `al massimo ${n} regole` },
  atMostConditions: {
    en: (n: string) => `at most ${n} conditions`,
    it: (n: string) => `al massimo ${n} condizioni`,
  },
  atMostTiers: { en: (n: string) => `at most ${n} tiers`, it: (n: string) => `al massimo ${n} livelli` },
  atMostRewards: { en: (n: string) => `at most ${n} rewards`, it: (n: string) => `al massimo ${n} premi` },
  moreThanTier: {
    en: (name: string, threshold: string) => `must be more than ${name}'s (${threshold})`,
    it: (name: string, threshold: string) => `deve superare la soglia di ${name} (${threshold})`,
  },
  aboveOverdueFactor: {
    en: (factor: string) => `must be above the overdue factor (${factor})`,
    it: (factor: string) => `deve essere maggiore del fattore di ritardo (${factor})`,
  },
  belowAtRisk: {
    en: (threshold: string) => `must be below the at-risk threshold (${threshold})`,
    it: (threshold: string) => `deve essere minore della soglia di rischio (${threshold})`,
  },
  dateLike: {
    en: (example: string) => `must be a date like ${example}`,
    it: (example: string) => `deve essere una data come ${example}`,
  },
  monthLike: {
    en: (example: string) => `must be a month like ${example}`,
    it: (example: string) => `deve essere un mese come ${example}`,
  },
  afterToday: {
    en: (day: string) => `must be after today (${day})`,
    it: (day: string) => `deve essere dopo oggi (${day})`,
  },
  afterYesterday: {
    en: (day: string) => `must be after yesterday (${day})`,
    it: (day: string) => `non può essere prima di oggi (${day})`,
  },
  withinAYear: {
    en: (day: string) => `must be within a year (by ${day})`,
    it: (day: string) => `deve essere entro un anno (entro il ${day})`,
  },
  notARealDateNamed: {
    en: (day: string) => `${day} is not a real date`,
    it: (day: string) => `${day} non è una data esistente`,
  },
  notAFolder: {
    en: (path: string) => `${path} is not a folder on this computer`,
    it: (path: string) => `${path} non è una cartella di questo computer`,
  },
  mayNotWrite: {
    en: (path: string) => `Regulars may not write in ${path}`,
    it: (path: string) => `Regulars non ha il permesso di scrivere in ${path}`,
  },
  // Signing in (main/core/services/sign-in.ts). "PIN" or "password" is passed on as written.
  wrongSecretTries: {
    en: (word: string, name: string, left: string, minutes: string) =>
      `wrong ${word} for ${name}; ${left} more tries before a ${minutes}-minute lockout`,
    it: (_word: string, name: string, left: string, minutes: string) =>
      `accesso non riuscito per ${name}: ancora ${left} tentativi prima di un blocco di ${minutes} minuti`,
  },
  wrongSecretLastTry: {
    en: (word: string, name: string, left: string, minutes: string) =>
      `wrong ${word} for ${name}; ${left} more try before a ${minutes}-minute lockout`,
    it: (_word: string, name: string, left: string, minutes: string) =>
      `accesso non riuscito per ${name}: ancora ${left} tentativo prima di un blocco di ${minutes} minuti`,
  },
  nowLockedOut: {
    en: (word: string, name: string, minutes: string) =>
      `Wrong ${word}: ${name} is now locked out for ${minutes} minutes (the owner can unlock sooner).`,
    it: (_word: string, name: string, minutes: string) =>
      `Accesso non riuscito: ${name} è bloccato per ${minutes} minuti (il titolare può sbloccarlo prima).`,
  },
  lockedOutMinutes: {
    en: (name: string, tries: string, word: string, minutes: string) =>
      `${name} is locked out after ${tries} wrong ${word}s; try again in ${minutes} minutes, or ask the owner to unlock.`,
    it: (name: string, tries: string, _word: string, minutes: string) =>
      `${name} è bloccato dopo ${tries} tentativi non riusciti: riprova tra ${minutes} minuti o chiedi al titolare di sbloccarlo.`,
  },
  lockedOutMinute: {
    en: (name: string, tries: string, word: string, minutes: string) =>
      `${name} is locked out after ${tries} wrong ${word}s; try again in ${minutes} minute, or ask the owner to unlock.`,
    it: (name: string, tries: string, _word: string, minutes: string) =>
      `${name} è bloccato dopo ${tries} tentativi non riusciti: riprova tra ${minutes} minuto o chiedi al titolare di sbloccarlo.`,
  },
  noPinYet: {
    en: (name: string) => `${name} has no PIN yet; the owner sets one in Settings › Staff.`,
    it: (name: string) => `${name} non ha ancora un PIN: il titolare lo assegna in Impostazioni › Personale.`,
  },
  noLongerActive: {
    en: (name: string) => `${name} is no longer active and cannot sign in.`,
    it: (name: string) => `${name} non fa più parte del personale attivo e non può accedere.`,
  },
});
