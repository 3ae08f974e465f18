// The vocabulary of a generated shop. Accented and non-English names are deliberately common:
// accent-blind search and sorting are what they exercise.

/** Comma-separated lists read better than one quoted name per line, which is what Prettier makes of arrays. */
const list = (text: string): readonly string[] =>
  text
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);

export const FIRST_NAMES = list(`
  Anna, Marco, Giulia, Luca, Francesca, Giuseppe, Chiara, Matteo, Sofia, Alessandro, José, María,
  Jesús, Lucía, Andrés, Inés, Ángel, Sebastián, Begoña, Raúl, Zoë, Chloé, Noël, Hélène, François,
  Amélie, Jérôme, Gaël, Léa, Cécile, Jürgen, Jörg, Björn, Günther, Käthe, Lena, Felix, Maximilian,
  Hannah, Lukas, João, Conceição, Tomás, Mónica, Sérgio, Zoltán, Dorottya, Łukasz, Małgorzata,
  Agnieszka, Søren, Åsa, Øystein, Ingrid, Emil, Çağla, Şükrü, Ayşe, Mehmet, Aoife, Siobhán, Seán,
  Emma, Olivia, James, Michael, Sarah, David, Jennifer, Robert, Linda, William, Elizabeth, Thomas,
  Patricia, Daniel, Nancy, Paul, Karen, Mark, Priya, Arjun, Wei, Mei, Hiroshi, Yuki, Minh, Thảo,
  Kwame, Amara, Fatima, Omar, Leila, Yusuf, Nikos, Eleni, Dimitri, Olga, Ivan, Natalia
`);

export const LAST_NAMES = list(`
  Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo,
  Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Núñez, García, Martínez, López,
  González, Rodríguez, Fernández, Pérez, Sánchez, Gómez, Muñoz, Jiménez, Ibáñez, Peña, Castaño,
  Müller, Schröder, Schäfer, Köhler, Weiß, Groß, Fischer, Wagner, Becker, Hoffmann, Lefèvre, Dupré,
  Bélanger, Gagné, Côté, Lévesque, Moreau, Girard, Faure, Rousseau, Gonçalves, Magalhães, Simões,
  Araújo, Conceição, Nowak, Wiśniewski, Wójcik, Kowalczyk, Dvořák, Novák, Horváth, Kovács, Szabó,
  Tóth, Jensen, Nielsen, Sørensen, Andersson, Öberg, Yılmaz, Öztürk, Çelik, O'Brien, O'Connor, Smith,
  Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Taylor, Anderson, Patel, Singh, Nguyễn,
  Trần, Wang, Li, Tanaka, Sato, Mensah, Papadopoulos
`);

export const EMAIL_DOMAINS = list(`
  gmail.com, gmail.com, gmail.com, yahoo.com, outlook.com, hotmail.com, libero.it, gmx.de, web.de,
  orange.fr, icloud.com, proton.me, fastmail.com, tiscali.it
`);

export const TAGS = list(`
  vip, wholesale, newsletter, staff friend, allergy: nuts, prefers mornings, student, gift card,
  neighbour, loyalty gold, loyalty silver, online, pays cash, corporate
`);

export const CUSTOMER_NOTES = [
  'Prefers to be called after 6 pm.',
  'Allergic to nuts: check ingredients.',
  'Comes with her dog, keep treats at the till.',
  'Buys for the office on Fridays.',
  'Asked for invoices with VAT number.',
  'Referred by a friend from the gym.',
  'Likes the seasonal specials.',
];

export const INTERACTION_NOTES = {
  call: ['Asked about opening hours.', 'Called to reserve an item.', 'Left a voicemail, call back.'],
  note: ['Mentioned a birthday next month.', 'Wants to hear about the new range.', 'Moving house soon.'],
  complaint: [
    'Item was damaged.',
    'Waited too long at the till.',
    'Wrong change given.',
    'Order arrived late.',
  ],
  message: ['Sent photos of the product.', 'Asked if the order is ready.'],
  email: ['Requested an invoice copy.', 'Newsletter reply: thanks.'],
  feedback: ['Loved the new layout.', 'Staff were very helpful.'],
  follow_up: ['Checked the repaired item is fine.', 'Followed up on the complaint.'],
} as const;

export const STREETS = list(`
  Via Roma, Via Garibaldi, Corso Italia, Calle Mayor, Gran Vía, Hauptstraße, Bahnhofstraße,
  Rue de la Paix, Rue Victor Hugo, High Street, Station Road, Main Street, Rua Augusta, ulica Długa
`);
