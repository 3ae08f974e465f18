import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

export const messages = defineMessages({
  title: { en: 'Possible duplicates', it: 'Possibili doppioni' },
  intro: {
    en: 'Customers who share a phone number or e-mail address, or have very similar names. Merge the ones who are one person; every visit and note is kept, and a merge can be undone.',
    it: "Clienti con lo stesso numero di telefono o indirizzo e-mail, o con nomi molto simili. Unisci quelli che sono la stessa persona: ogni visita e nota viene conservata, e puoi sempre annullare l'unione.",
  },
  lookingForDuplicates: { en: 'Looking for duplicates', it: 'Ricerca dei doppioni' },
  noDuplicates: {
    en: 'No possible duplicates: every customer looks unique.',
    it: 'Nessun possibile doppione: ogni cliente sembra unico.',
  },
  pairsToReview: {
    en: (n: number) => plural('en', n, { one: '1 pair to review', other: `${n} pairs to review` }),
    it: (n: number) =>
      plural('it', n, { one: '1 coppia da controllare', other: `${n} coppie da controllare` }),
  },
  mostLikelyFirst: { en: ' (the most likely first)', it: ' (prima le più probabili)' },
  pairStillListed: { en: 'The pair is still listed', it: 'La coppia è ancora in elenco' },

  // Merged just now
  mergedJustNow: { en: 'Merged just now', it: 'Appena uniti' },
  wasMergedInto: {
    en: (other: string, kept: string) => `${other} was merged into ${kept}.`,
    it: (other: string, kept: string) => `La scheda di ${other} è stata unita a quella di ${kept}.`,
  },
  undoMerge: { en: 'Undo merge', it: "Annulla l'unione" },
  couldNotUndoMerge: { en: 'Could not undo the merge', it: "Non è stato possibile annullare l'unione" },

  // One pair
  pairName: {
    en: (a: string, b: string) => `${a} and ${b}`,
    it: (a: string, b: string) => `${a} e ${b}`,
  },
  alike: { en: (percent: number) => `${percent}% alike`, it: (percent: number) => `Simili al ${percent}%` },
  notSamePerson: { en: 'Not the same person', it: 'Non è la stessa persona' },
  merge: { en: 'Merge…', it: 'Unisci…' },
  visits: {
    en: (n: number) => plural('en', n, { one: '1 visit', other: `${n} visits` }),
    it: (n: number) => plural('it', n, { one: '1 visita', other: `${n} visite` }),
  },
  lastVisit: { en: (date: string) => ` · last ${date}`, it: (date: string) => ` · ultima ${date}` },
});
