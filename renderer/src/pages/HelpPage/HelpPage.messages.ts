import { defineMessages } from '../../i18n/define-messages.ts';

// The help is written anew in each language, not word for word. In the texts, [Ctrl] is a key
// on the keyboard and *due* a word in italics (see RichText.tsx).

export const messages = defineMessages({
  title: { en: 'Help', it: 'Guida' },

  counterTitle: { en: 'At the counter', it: 'Al banco' },
  counterFind: {
    en: '[Ctrl] + [K] ([⌘] + [K] on a Mac) finds anyone: part of the name, the last digits of the phone, the e-mail, the customer code or a tag. [Enter] opens the customer; a second [Enter] starts logging.',
    it: "[Ctrl] + [K] ([⌘] + [K] sul Mac) trova chiunque: basta una parte del nome, le ultime cifre del telefono, l'e-mail, il codice cliente o un'etichetta. [Invio] apre la scheda del cliente; un secondo [Invio] inizia la registrazione.",
  },
  counterLog: {
    en: 'On the customer page, type the amount and press [Enter]: a visit is logged with whoever is at the counter. Anything logged can be edited or deleted, with Undo.',
    it: "Nella scheda del cliente scrivi l'importo e premi [Invio]: la visita viene registrata a nome di chi è al banco. Tutto quello che registri si può modificare o eliminare, e puoi sempre annullare.",
  },
  counterShortcuts: {
    en: '[Ctrl] + [N] adds a customer, [Ctrl] + [1] shows Today, [Ctrl] + [2] the customer list, [F1] this page.',
    it: "[Ctrl] + [N] aggiunge un cliente, [Ctrl] + [1] apre Oggi, [Ctrl] + [2] l'elenco dei clienti, [F1] questa guida.",
  },

  remindersTitle: { en: 'Reminders: who is due back', it: 'Promemoria: chi dovrebbe tornare' },
  remindersText: {
    en: 'Regulars learns each customer’s rhythm from their own visits: the usual gap between visits is the middle value of their last ten gaps. When that much time has passed the customer is *due*; at one and a half times they are *overdue*. A new visit resets it at once. Someone who came only once gets the shop’s typical gap, and the page says so. From the whole shop’s history it also estimates how likely each customer is still a regular, and how many visits to expect in the next 30 and 90 days. Birthdays, follow-ups after a purchase and reminders you set yourself appear on Today too, one row per customer with every reason.',
    it: "Regulars impara il ritmo di ogni cliente dalle sue visite: l'intervallo abituale è il valore centrale dei suoi ultimi dieci intervalli tra una visita e l'altra. Passato quel tempo, il cliente è *atteso*; dopo una volta e mezza quel tempo è *in ritardo*. Con una nuova visita si riparte subito da zero. Per chi è venuto una volta sola vale l'intervallo tipico del negozio, e la pagina lo segnala. Dalla storia di tutto il negozio, Regulars stima anche quanto è probabile che ogni cliente sia ancora un cliente abituale e quante visite aspettarsi nei prossimi 30 e 90 giorni. In Oggi trovi anche i compleanni, i ricontatti dopo un acquisto e i promemoria che imposti tu: una riga per cliente, con tutti i motivi.",
  },

  loyaltyTitle: { en: 'Loyalty: points, tiers and rewards', it: 'Fedeltà: punti, livelli e premi' },
  loyaltyText: {
    en: 'Customers earn points by what they spend or by visiting, under the program you set in Settings. Every change of points is a line in the customer’s ledger, so any balance can be explained to the cent; a corrected or deleted purchase gives its points back with a new line, never by rewriting an old one. Tiers follow points, spend or visits over the last 12 months, and the customer page says what is missing for the next one. Changing the program shows first who would change tier, and never changes points already earned.',
    it: "I clienti accumulano punti con la spesa o con le visite, secondo il programma fedeltà che imposti in Impostazioni. Ogni movimento di punti è una riga nell'estratto punti del cliente, così ogni saldo si può spiegare fino al centesimo: un acquisto corretto o eliminato restituisce i suoi punti con una riga nuova, senza mai riscrivere quelle vecchie. I livelli dipendono da punti, spesa o visite degli ultimi 12 mesi, e la scheda del cliente dice quanto manca al livello successivo. Se cambi il programma, Regulars ti mostra prima chi cambierebbe livello, e non tocca mai i punti già guadagnati.",
  },

  suggestionsTitle: {
    en: 'Suggestions: who to contact and what to say',
    it: 'Suggerimenti: chi contattare e che cosa dire',
  },
  suggestionsText: {
    en: 'Today suggests a short list of personal follow-ups: thank a first-time customer, ask how a purchase went, win back someone overdue, tell someone their reward is ready. A complaint or a low score that nobody has answered comes first. Each suggestion says why, with the numbers behind it, and offers a drafted message you can edit. Nothing is sent on its own: you choose, and a message only goes by a channel the customer agreed to.',
    it: "In Oggi trovi un breve elenco di ricontatti personali: ringraziare chi è venuto per la prima volta, chiedere com'è andato un acquisto, far tornare un cliente in ritardo, avvisare qualcuno che il suo premio è pronto. Un reclamo o un punteggio basso a cui nessuno ha ancora risposto viene prima di tutto. Ogni suggerimento spiega il perché, con i numeri su cui si basa, e propone un messaggio già scritto che puoi modificare. Non parte niente da solo: decidi tu, e un messaggio viaggia solo su un canale per cui il cliente ha dato il consenso.",
  },

  aboutTitle: { en: 'About Regulars', it: 'Informazioni su Regulars' },
  aboutInstallation: { en: 'About this installation', it: 'Informazioni su questa installazione' },
  version: { en: 'Version', it: 'Versione' },
  databaseFile: { en: 'Database file', it: 'File del database' },
  sqliteVersion: { en: 'SQLite version', it: 'Versione di SQLite' },
  showInFolder: { en: 'Show in folder', it: 'Mostra nella cartella' },
  cannotShowFolder: {
    en: 'This window cannot open folders (the browser mode): the file is at the path above.',
    it: 'Questa finestra non può aprire cartelle (modalità browser): il file si trova nel percorso indicato sopra.',
  },
  backUpNow: { en: 'Back up now', it: 'Fai un backup ora' },
  backupStarted: {
    en: 'Backing up. Settings › Backups lists the copy when it is done.',
    it: 'Backup in corso. Impostazioni › Backup mostra la copia quando è pronta.',
  },
  backupDidNotStart: { en: 'The backup did not start', it: 'Il backup non è partito' },
  folderDidNotOpen: { en: 'The folder did not open', it: 'La cartella non si è aperta' },
});
