import { foldText } from './text.ts';
import { IGNORE, type ColumnTarget, type ImportKind } from './import-targets.ts';

// Column names of the exports shops bring with them, and the usual names in a few languages.
// Headers are compared folded: lower case, accents and punctuation gone ("E-mail Address" and
// "email address" are the same key, "Prénom" is "prenom").

export const PRESET_IDS = ['generic', 'google', 'outlook', 'square', 'shopify'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface Preset {
  id: PresetId;
  label: string;
  /** Separator between tags in one cell; null: the shop's setting. */
  tagSeparator: string | null;
  /** Rules tried in order before the generic names; a rule may send a column to "ignore". */
  rules: readonly (readonly [RegExp, ColumnTarget])[];
}

export function headerKey(header: string): string {
  return foldText(header).replace(/[^a-z0-9]/g, '');
}

const ADDRESS =
  /^(street|address[12]?|addressline[12]?|city|town|zip|zipcode|postcode|postalcode|state|province|region|country|indirizzo|citta|cap|provincia|adresse|ville|codepostal|pays|strasse|ort|plz|land|direccion|ciudad|codigopostal)$/;

/** The usual names, whatever the source. */
const GENERIC: readonly (readonly [RegExp, ColumnTarget])[] = [
  [/^(firstname|givenname|first|forename|nome|prenom|vorname|nombre|voornaam)$/, 'first_name'],
  [/^(lastname|familyname|surname|last|cognome|nom|nachname|apellidos?|achternaam)$/, 'last_name'],
  [
    /^(name|fullname|displayname|contactname|customername|nomecompleto|nomcomplet|nombrecompleto)$/,
    'full_name',
  ],
  [
    /^(phone|phonenumber|telephone|tel|mobile|mobilephone|cell|cellphone|telefono|cellulare|telefon|handy|movil|portable|phone\d+value)$/,
    'phone',
  ],
  [/^(email|emailaddress|mail|courriel|correo|correoelectronico|email\d+value)$/, 'email'],
  [
    /^(birthday|birthdate|dateofbirth|dob|compleanno|datadinascita|anniversaire|datedenaissance|geburtstag|geburtsdatum|cumpleanos|fechadenacimiento)$/,
    'birthday',
  ],
  [ADDRESS, 'address'],
  [/^(notes?|memo|comments?|remarques|notizen|notas?|bemerkungen)$/, 'notes'],
  [/^(tags?|labels|categories|groups|etichette|etiquettes|schlagworter|etiquetas)$/, 'tags'],
  [
    /^(code|customercode|referenceid|cardnumber|loyaltycard|codice|codicecliente|kundennummer|membernumber)$/,
    'code',
  ],
  [
    /^(emailconsent|acceptsemailmarketing|acceptsmarketing|emailsubscriptionstatus|emailmarketing|newsletter|emailoptin)$/,
    'consent_email',
  ],
  [/^(smsconsent|acceptssmsmarketing|smsmarketing|smsoptin)$/, 'consent_sms'],
  [/^(phoneconsent)$/, 'consent_phone'],
  [/^(postconsent)$/, 'consent_post'],
  [/^(email|sms|phone|post)consent(date|source)$/, 'consent'],
];

/** Purchase and visit history from a till. */
const INTERACTIONS: readonly (readonly [RegExp, ColumnTarget])[] = [
  [/^(customerref|customer|customerreference|client|clientref|ref|reference|cliente|kunde)$/, 'customer_ref'],
  [/^(occurredat|date|datetime|time|timestamp|when|data|datum|fecha|orderdate|createdat)$/, 'occurred_at'],
  [/^(kind|type|tipo|art)$/, 'kind'],
  [/^(amount|total|price|importo|montant|betrag|importe|sum|totalamount)$/, 'amount'],
  [/^(note|notes|description|item|items|product|nota|descrizione)$/, 'note'],
  [
    /^(externalid|receipt|receiptno|receiptnumber|transactionid|orderid|ordernumber|invoice|invoicenumber|id)$/,
    'external_id',
  ],
  [/^(channel|canale)$/, 'channel'],
  [/^(firstname|givenname|nome|prenom|vorname|nombre)$/, 'first_name'],
  [/^(lastname|familyname|surname|cognome|nom|nachname|apellidos?)$/, 'last_name'],
  [/^(name|fullname|customername)$/, 'full_name'],
];

export const PRESETS: Record<PresetId, Preset> = {
  generic: { id: 'generic', label: 'Generic (usual column names)', tagSeparator: null, rules: [] },
  google: {
    id: 'google',
    label: 'Google Contacts',
    tagSeparator: ' ::: ',
    rules: [
      [/^(name|filetas|nickname)$/, IGNORE],
      [/^(middlename|additionalname)$/, 'first_name'],
      [/^(email\d+value)$/, 'email'],
      [/^(phone\d+value)$/, 'phone'],
      [/^(address\d+formatted)$/, 'address'],
      [/^(address\d+.*)$/, IGNORE],
      [/^(labels|groupmembership)$/, 'tags'],
    ],
  },
  outlook: {
    id: 'outlook',
    label: 'Microsoft Outlook',
    tagSeparator: ';',
    rules: [
      [/^(middlename)$/, 'first_name'],
      [/^email\d?address$/, 'email'],
      [/^(mobilephone|primaryphone|homephone\d?|businessphone\d?|otherphone|carphone)$/, 'phone'],
      [/^home(street\d?|city|state|postalcode|countryregion)$/, 'address'],
      [/^(business|other)(street\d?|city|state|postalcode|countryregion)$/, IGNORE],
      [/^(categories)$/, 'tags'],
    ],
  },
  square: {
    id: 'square',
    label: 'Square Customer Directory',
    tagSeparator: ',',
    rules: [
      [
        /^(squarecustomerid|nickname|companyname|creationsource|firstvisit|lastvisit|transactioncount|totalspend|instantprofile)$/,
        IGNORE,
      ],
      [/^(streetaddress[12])$/, 'address'],
      [/^(memo)$/, 'notes'],
      [/^(referenceid)$/, 'code'],
      [/^(emailsubscriptionstatus)$/, 'consent_email'],
      [/^(groups)$/, 'tags'],
    ],
  },
  shopify: {
    id: 'shopify',
    label: 'Shopify customers',
    tagSeparator: ',',
    rules: [
      [
        /^(customerid|company|defaultaddresscompany|totalspent|totalorders|taxexempt|provincecode|countrycode)$/,
        IGNORE,
      ],
      [/^defaultaddress(address[12]|city|provincecode|countrycode|zip)$/, 'address'],
      [/^(defaultaddressphone)$/, 'phone'],
      [/^(acceptsemailmarketing|acceptsmarketing)$/, 'consent_email'],
      [/^(acceptssmsmarketing)$/, 'consent_sms'],
      [/^(note)$/, 'notes'],
    ],
  },
};

/** Headers only one source writes, to recognise a file's origin. */
const SIGNATURES: readonly (readonly [PresetId, RegExp])[] = [
  ['google', /^(email1value|phone1value|groupmembership|phoneticfirstname|email1label|email1type)$/],
  ['outlook', /^(emailaddress|mobilephone|businessphone|homestreet|email2address)$/],
  ['square', /^(squarecustomerid|referenceid|emailsubscriptionstatus|creationsource|memo)$/],
  ['shopify', /^(acceptsemailmarketing|acceptsmarketing|defaultaddressaddress1|totalorders|taxexempt)$/],
];

export function detectPreset(headers: readonly string[]): PresetId {
  const keys = headers.map(headerKey);
  let best: { id: PresetId; hits: number } = { id: 'generic', hits: 1 };
  for (const [id, pattern] of SIGNATURES) {
    const hits = keys.filter((key) => pattern.test(key)).length;
    if (hits > best.hits) best = { id, hits };
  }
  return best.id;
}

export interface NamedField {
  id: string;
  name: string;
}

/**
 * Each column's destination: the preset's rules, then the usual names, then a custom field of
 * the same name; otherwise "ignore".
 */
export function autoMap(
  headers: readonly string[],
  kind: ImportKind,
  presetId: PresetId,
  customFields: readonly NamedField[],
): ColumnTarget[] {
  const byName = new Map(customFields.map((field) => [headerKey(field.name), field.id]));
  const rules = kind === 'interactions' ? INTERACTIONS : [...PRESETS[presetId].rules, ...GENERIC];
  return headers.map((header) => {
    const key = headerKey(header);
    for (const [pattern, target] of rules) {
      const match = pattern.exec(key);
      if (!match) continue;
      // "Email Consent Date" and the like name their channel and part in the header itself.
      return target === 'consent' ? `consent_${match[1] ?? ''}_${match[2] ?? ''}` : target;
    }
    const custom = kind === 'customers' ? byName.get(key) : undefined;
    return custom === undefined ? IGNORE : `custom:${custom}`;
  });
}
