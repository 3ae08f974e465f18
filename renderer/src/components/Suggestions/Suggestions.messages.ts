import { defineMessages } from '../../i18n/define-messages.ts';

/** The kinds of suggestion, keyed like SUGGESTION_KIND_LABELS in shared/domain/suggestions.ts (the CLI's). */
export const suggestionKindMessages = defineMessages({
  close_the_loop: { en: 'Close the loop', it: 'Chiudi il cerchio' },
  win_back: { en: 'Win back', it: 'Riconquista' },
  we_miss_you: { en: 'We miss you', it: 'Ci manchi' },
  thank_you: { en: 'Thank you', it: 'Grazie' },
  feedback_request: { en: 'Ask for feedback', it: "Chiedi un'opinione" },
  reward_available: { en: 'Reward available', it: 'Premio disponibile' },
  near_next_tier: { en: 'Close to the next tier', it: 'Vicino al livello successivo' },
  tier_reached: { en: 'Tier reached', it: 'Livello raggiunto' },
  birthday: { en: 'Birthday greeting', it: 'Auguri di compleanno' },
  staff_left: { en: 'Usual staff member left', it: 'Il collaboratore abituale se ne è andato' },
  picked: { en: 'Picked for a follow-up', it: 'Scelto per un ricontatto' },
});

/** The merge fields, keyed like MERGE_FIELD_LABELS in shared/domain/suggestion-templates.ts. */
export const mergeFieldMessages = defineMessages({
  firstName: { en: 'First name', it: 'Nome' },
  daysSinceLastVisit: { en: 'Days since the last visit', it: "Giorni dall'ultima visita" },
  usualItem: { en: 'Usual item or service', it: 'Prodotto o servizio abituale' },
  lastStaff: { en: 'Last staff member', it: 'Ultimo collaboratore' },
  points: { en: 'Points', it: 'Punti' },
  reward: { en: 'Reward within reach', it: 'Premio a portata di mano' },
  pointsToNextTier: { en: 'Points to the next tier', it: 'Punti per il livello successivo' },
  nextTier: { en: 'Next tier', it: 'Livello successivo' },
  shopName: { en: 'Shop name', it: 'Nome del negozio' },
});

/** How a suggestion reaches the customer, keyed like SUGGESTION_CHANNELS. */
export const channelMessages = defineMessages({
  email: { en: 'E-mail', it: 'E-mail' },
  sms: { en: 'SMS', it: 'SMS' },
  phone: { en: 'Phone call', it: 'Telefonata' },
  post: { en: 'Letter', it: 'Lettera' },
  in_person: { en: 'At the next visit', it: 'Alla prossima visita' },
});

/** What the open button says for a channel with an app to open. */
export const openMessages = defineMessages({
  email: { en: 'Open in mail', it: 'Apri nella posta' },
  sms: { en: 'Open in SMS', it: 'Apri negli SMS' },
  phone: { en: 'Call', it: 'Chiama' },
  other: { en: 'Open', it: 'Apri' },
});

const en = {
  days: (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`,
  ago: (n: number) => (n === 0 ? 'today' : n === 1 ? 'yesterday' : `${n} days ago`),
};
const it = {
  ago: (n: number) => (n === 0 ? 'oggi' : n === 1 ? 'ieri' : `${n} giorni fa`),
  points: (n: number) => `${n.toLocaleString('it-IT')} ${n === 1 ? 'punto' : 'punti'}`,
};

/**
 * Why a suggestion, worded from its kind and its numbers (the reminder-based kinds use the
 * reminders' words). A note the customer's interaction carries is passed as it was written.
 */
export const reasonMessages = defineMessages({
  closeTheLoop: {
    en: (complaint: boolean, scores: string, daysAgo: number, note: string) =>
      `${complaint ? 'A complaint' : `A low score (${scores})`} ${daysAgo === 0 ? 'today' : `${en.days(daysAgo)} ago`}${note === '' ? '' : `: “${note}”`}, with no follow-up since.`,
    it: (complaint: boolean, scores: string, daysAgo: number, note: string) =>
      `${complaint ? 'Un reclamo' : `Un punteggio basso (${scores})`} ${it.ago(daysAgo)}${note === '' ? '' : `: “${note}”`}, senza ricontatti da allora.`,
  },
  thankYou: {
    en: (daysAgo: number) => `First visit ${en.ago(daysAgo)}.`,
    it: (daysAgo: number) => `Prima visita ${it.ago(daysAgo)}.`,
  },
  picked: {
    en: (source: string, daysAgo: number) => `Picked from “${source}” ${en.ago(daysAgo)}.`,
    it: (source: string, daysAgo: number) => `Scelto dall'elenco “${source}” ${it.ago(daysAgo)}.`,
  },
  feedbackRequest: {
    en: (daysAgo: number, note: string) =>
      `Purchase ${en.days(daysAgo)} ago${note === '' ? '' : ` (${note})`}, no feedback yet.`,
    it: (daysAgo: number, note: string) =>
      `Acquisto ${it.ago(daysAgo)}${note === '' ? '' : ` (${note})`}, ancora nessuna opinione.`,
  },
  rewardAvailable: {
    en: (points: number, reward: string, cost: number) =>
      `${points} points: enough for ${reward} (${cost} points).`,
    it: (points: number, reward: string, cost: number) =>
      `${it.points(points)}: bastano per ${reward} (${it.points(cost)}).`,
  },
  /** `missing` and `threshold` already said in the program's measure ("20 points", "€12.50"). */
  nearNextTier: {
    en: (missing: string, tier: string, threshold: string) =>
      `${missing} short of ${tier} (threshold ${threshold}).`,
    it: (missing: string, tier: string, threshold: string) =>
      `Mancano ${missing} per ${tier} (soglia ${threshold}).`,
  },
  tierReached: {
    en: (tier: string | null, date: string) => `Reached ${tier ?? 'a new tier'} on ${date}.`,
    it: (tier: string | null, date: string) => `Raggiunto ${tier ?? 'un nuovo livello'} il ${date}.`,
  },
  staffLeft: {
    en: (staff: string, served: number, of: number) =>
      `${staff} served ${served} of their last ${of} visits and has left; not back since.`,
    it: (staff: string, served: number, of: number) =>
      `${staff} ha seguito ${served} delle ultime ${of} visite e non lavora più qui; da allora nessuna visita.`,
  },
});

/** The score and the channel in the reader's words, from the suggestion's fields. */
export const explainMessages = defineMessages({
  score: {
    en: (score: number) => `Score ${score}`,
    it: (score: number) => `Punteggio ${score.toLocaleString('it-IT')}`,
  },
  scoreExplained: {
    en: (score: number, parts: string) => `Score ${score}: ${parts}`,
    it: (score: number, parts: string) => `Punteggio ${score.toLocaleString('it-IT')}: ${parts}`,
  },
  urgency: {
    en: (n: number) => `Urgency ${n} (the kind of follow-up and how late it is)`,
    it: (n: number) => `Urgenza ${n.toLocaleString('it-IT')} (il tipo di ricontatto e quanto è in ritardo)`,
  },
  value: {
    en: (n: number) => `Value ${n} (spend, visits and the chance they still come)`,
    it: (n: number) => `Valore ${n.toLocaleString('it-IT')} (spesa, visite e probabilità che torni)`,
  },
  staleness: {
    en: (n: number) => `Time since the last contact ${n}`,
    it: (n: number) => `Tempo dall'ultimo contatto ${n.toLocaleString('it-IT')}`,
  },
  inPerson: {
    en: 'Mention it at the next visit (no channel may carry this message).',
    it: 'Parlane alla prossima visita (nessun canale può portare questo messaggio).',
  },
  byChannel: {
    en: (channel: string, service: boolean) =>
      `By ${channel.toLowerCase()}, ${service ? 'a service message, on file' : 'with consent'}.`,
    it: (channel: string, service: boolean) =>
      `Via ${channel}, ${service ? 'messaggio di servizio, recapito in archivio' : 'con consenso'}.`,
  },
  mentionAtNextVisit: { en: 'Mention it at the next visit.', it: 'Parlane alla prossima visita.' },
});

export const messages = defineMessages({
  // The card
  copiedAndLogged: {
    en: (name: string) => `Copied; the follow-up to ${name} is logged.`,
    it: (name: string) => `Copiato; il ricontatto con ${name} è registrato.`,
  },
  followUpLogged: {
    en: (name: string) => `Follow-up to ${name} logged.`,
    it: (name: string) => `Ricontatto con ${name} registrato.`,
  },
  cardName: {
    en: (kind: string, name: string) => `${kind}: ${name}`,
    it: (kind: string, name: string) => `${kind}: ${name}`,
  },
  also: { en: (kinds: string) => `also: ${kinds}`, it: (kinds: string) => `anche: ${kinds}` },
  channel: { en: 'Channel', it: 'Canale' },
  message: { en: 'Message', it: 'Messaggio' },
  leftEmpty: {
    en: (fields: string) => `Left empty: ${fields}`,
    it: (fields: string) => `Rimasti vuoti: ${fields}`,
  },
  copyAndLog: { en: 'Copy text and log', it: 'Copia il testo e registra' },
  // The lists
  couldNotLoad: {
    en: (why: string) => `Follow-ups could not be loaded: ${why}`,
    it: (why: string) => `Impossibile caricare i ricontatti: ${why}`,
  },
  suggestedFollowUps: { en: 'Suggested follow-ups', it: 'Ricontatti suggeriti' },
  followUps: { en: 'Follow-ups', it: 'Ricontatti' },
  suggested: {
    en: (n: number) => `${n} suggested`,
    it: (n: number) => `${n} ${n === 1 ? 'suggerito' : 'suggeriti'}`,
  },
  loadingFollowUps: { en: 'Loading follow-ups', it: 'Caricamento dei ricontatti' },
  preparingFollowUps: {
    en: 'Working out today’s follow-ups…',
    it: 'Sto preparando i ricontatti di oggi…',
  },
  noneToday: { en: 'No follow-ups to suggest today.', it: 'Nessun ricontatto da suggerire oggi.' },
  showMore: { en: 'Show more follow-ups', it: 'Mostra altri ricontatti' },
  // The settings
  followUpSuggestions: { en: 'Follow-up suggestions', it: 'Suggerimenti di ricontatto' },
  settingsSaved: { en: 'Suggestion settings saved.', it: 'Impostazioni dei suggerimenti salvate.' },
  suggest: { en: 'Suggest', it: 'Suggerisci' },
  saveSuggestions: { en: 'Save suggestions', it: 'Salva i suggerimenti' },
  wholeNumberBetween: {
    en: (min: number, max: number) => `Must be a whole number from ${min} to ${max}`,
    it: (min: number, max: number) => `Serve un numero intero da ${min} a ${max}`,
  },
  whatWorked: {
    en: (days: number) => `What worked (a visit within ${days} days)`,
    it: (days: number) => `Cosa ha funzionato (una visita entro ${days} giorni)`,
  },
  noneLogged: {
    en: 'No follow-ups logged from suggestions yet.',
    it: 'Ancora nessun ricontatto registrato dai suggerimenti.',
  },
  outcomes: { en: 'Follow-up outcomes', it: 'Esiti dei ricontatti' },
  kind: { en: 'Kind', it: 'Tipo' },
  sent: { en: 'Sent', it: 'Inviati' },
  cameBack: { en: 'Came back', it: 'Tornati' },
  tooEarly: { en: 'Too early to say', it: 'Troppo presto per dirlo' },
  // The templates
  messageTemplates: { en: 'Message templates', it: 'Modelli di messaggio' },
  kindOfFollowUp: { en: 'Kind of follow-up', it: 'Tipo di ricontatto' },
  templateSaved: {
    en: (kind: string) => `Template for “${kind}” saved.`,
    it: (kind: string) => `Modello per “${kind}” salvato.`,
  },
  template: { en: 'Template', it: 'Modello' },
  mergeFields: {
    en: (fields: string) => `Merge fields: ${fields}`,
    it: (fields: string) => `Campi variabili: ${fields}`,
  },
  preview: { en: 'Preview', it: 'Anteprima' },
  wouldComeOutEmpty: { en: 'Would come out empty', it: 'Resterebbero vuoti' },
  setShopName: {
    en: ' (set the shop name in Settings › Shop)',
    it: ' (imposta il nome del negozio in Impostazioni › Negozio)',
  },
  notAMergeField: { en: 'Not a merge field', it: 'Non è un campo variabile' },
  sentAsTyped: {
    en: (names: string, _count: number) => `${names} will be sent as typed.`,
    it: (names: string, count: number) =>
      `${names} ${count === 1 ? "verrà inviato così com'è" : 'verranno inviati così come sono'}.`,
  },
  saveTemplate: { en: 'Save template', it: 'Salva il modello' },
  backToDefault: { en: 'Back to the default', it: 'Torna al predefinito' },
});

/** Settings › Follow-up suggestions: the thresholds, keyed like the settings. */
export const settingLabelMessages = defineMessages({
  recencyDays: {
    en: 'Not again within (days of a contact)',
    it: 'Non di nuovo entro (giorni da un contatto)',
  },
  outcomeDays: { en: 'Came back within (days)', it: 'Tornato entro (giorni)' },
  closeLoopWithinDays: {
    en: 'Close the loop on complaints of the last (days)',
    it: 'Chiudi il cerchio sui reclami degli ultimi (giorni)',
  },
  thankYouWithinDays: {
    en: 'Thank a first visit within (days)',
    it: 'Ringrazia una prima visita entro (giorni)',
  },
  feedbackAfterDays: {
    en: 'Ask for feedback after a purchase (days)',
    it: "Chiedi un'opinione dopo un acquisto (giorni)",
  },
  winBackMinVisits: {
    en: 'Win back regulars with at least (visits)',
    it: 'Riconquista i clienti abituali con almeno (visite)',
  },
  loyaltyNudgeDays: {
    en: 'Reward and tier nudges after a visit within (days)',
    it: 'Promemoria di premi e livelli dopo una visita entro (giorni)',
  },
  nearTierPercent: {
    en: 'Close to the next tier: missing at most (%)',
    it: 'Vicino al livello successivo: manca al massimo (%)',
  },
  birthdayDaysAhead: {
    en: 'Birthday greetings ahead (days)',
    it: 'Auguri di compleanno in anticipo (giorni)',
  },
  staffLeftMinVisits: {
    en: 'Usual staff member left: served at least (visits)',
    it: 'Collaboratore abituale andato via: ha seguito almeno (visite)',
  },
});
