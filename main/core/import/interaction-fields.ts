import {
  CHANNELS,
  INTERACTION_KINDS,
  type Channel,
  type InteractionKind,
} from '../../../shared/domain/interaction.ts';
import { foldText } from '../../../shared/domain/text.ts';

// The words tills and spreadsheets use for what happened and where, read into Regulars' kinds
// and channels. Checked by hand rather than by the interaction schema: a million rows would
// spend seconds in zod for checks this small.

const KIND_WORDS: Record<string, InteractionKind> = {
  sale: 'purchase',
  sales: 'purchase',
  order: 'purchase',
  acquisto: 'purchase',
  vendita: 'purchase',
  achat: 'purchase',
  vente: 'purchase',
  kauf: 'purchase',
  compra: 'purchase',
  venta: 'purchase',
  visita: 'visit',
  visite: 'visit',
  besuch: 'visit',
  appointment: 'visit',
  appuntamento: 'visit',
  refund: 'purchase',
  return: 'purchase',
  rimborso: 'purchase',
  reso: 'purchase',
  remboursement: 'purchase',
};
const REFUND_WORDS = new Set(['refund', 'return', 'rimborso', 'reso', 'remboursement']);
const CHANNEL_WORDS: Record<string, Channel> = {
  instore: 'in_person',
  store: 'in_person',
  shop: 'in_person',
  inperson: 'in_person',
  counter: 'in_person',
  pos: 'in_person',
  online: 'web',
  website: 'web',
  webshop: 'web',
  ecommerce: 'web',
  telephone: 'phone',
  call: 'phone',
  mail: 'email',
  text: 'sms',
};

const key = (text: string) => foldText(text).replace(/[^a-z0-9]/g, '');

/** The same answer for the same text, remembered: a till's file says "purchase" a million times. */
function remembered<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let answer = known.get(text);
    if (answer === undefined) {
      answer = read(text);
      // A file of a million different words is refused row by row; it does not fill memory.
      if (known.size < 1000) known.set(text, answer);
    }
    return answer;
  };
}

export const readKind = remembered(kindOf);
export const readChannel = remembered(channelOf);

function kindOf(text: string): Readonly<{ kind: InteractionKind; refund: boolean }> | null {
  if (text === '') return { kind: 'purchase', refund: false };
  const word = key(text);
  const exact = INTERACTION_KINDS.find((kind) => kind.replace('_', '') === word);
  if (exact) return { kind: exact, refund: false };
  const mapped = KIND_WORDS[word];
  return mapped ? { kind: mapped, refund: REFUND_WORDS.has(word) } : null;
}

function channelOf(text: string): Channel | null {
  if (text === '') return 'in_person';
  const word = key(text);
  return CHANNELS.find((channel) => channel.replace('_', '') === word) ?? CHANNEL_WORDS[word] ?? null;
}

/** The interaction schema's bounds: a typo like year 20224 is refused rather than stored. */
export const MIN_TIME = Date.UTC(1970, 0, 1);
export const MAX_TIME = Date.UTC(2200, 0, 1);
export const MAX_NOTE = 2000;
export const MAX_EXTERNAL_ID = 200;

export function looksLikeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
}

export function looksLikePhone(text: string): boolean {
  return /^[+(\d][\d\s()./-]*$/.test(text) && text.replace(/\D/g, '').length >= 6;
}

/**
 * Ids for many rows inserted at once: one UUIDv7 then counting up in its random part, so they
 * reach the primary key's index in order (a million random ids would scatter over its pages).
 */
export function sequentialIds(first: string): (index: number) => string {
  const head = first.slice(0, 24);
  // 44 of the 48 bits: a million more never wrap around. (No bitwise ops: they are 32-bit in JS.)
  const base = Number.parseInt(first.slice(24), 16) % 2 ** 44;
  return (index) => head + (base + index).toString(16).padStart(12, '0');
}
