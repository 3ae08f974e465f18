import type { Channel, InteractionKind } from '../../../shared/domain/interaction.ts';
import type { ShopInteractionInput } from './generate-shop.ts';
import type { Random } from './prng.ts';
import { INTERACTION_NOTES } from './shop-words.ts';

/** How often each kind happens at a small shop counter: mostly visits and purchases. */
const KIND_SHARES: ReadonlyArray<readonly [InteractionKind, number]> = [
  ['visit', 0.52],
  ['purchase', 0.33],
  ['call', 0.04],
  ['note', 0.03],
  ['message', 0.025],
  ['email', 0.015],
  ['complaint', 0.015],
  ['feedback', 0.015],
  ['follow_up', 0.01],
];

const CHANNELS_OF: Record<InteractionKind, readonly Channel[]> = {
  visit: ['in_person'],
  purchase: ['in_person', 'in_person', 'in_person', 'in_person', 'in_person', 'web'],
  call: ['phone'],
  note: ['in_person'],
  message: ['sms', 'chat', 'social'],
  email: ['email'],
  complaint: ['in_person', 'phone', 'email'],
  feedback: ['web', 'email', 'in_person'],
  follow_up: ['phone', 'email'],
};

// Visits and purchases rarely carry a note; the other kinds usually say what happened.
const NOTES_OF: Partial<Record<InteractionKind, readonly string[]>> = INTERACTION_NOTES;

function kindOf(random: Random): InteractionKind {
  let roll = random.next();
  for (const [kind, share] of KIND_SHARES) {
    roll -= share;
    if (roll < 0) return kind;
  }
  return 'visit';
}

/** Scores lean happy, as real survey answers do; complaints lean unhappy. */
function csat(random: Random, kind: InteractionKind): number {
  const scores = kind === 'complaint' ? [1, 1, 2, 2, 3, 4] : [3, 4, 4, 5, 5, 5, 5];
  return random.pick(scores);
}

/** The first interaction is how the customer came in: a visit or a purchase. */
export function interactionAt(random: Random, occurredAt: number, first: boolean): ShopInteractionInput {
  const kind = first ? (random.chance(0.5) ? 'visit' : 'purchase') : kindOf(random);
  const buys = kind === 'purchase' || (kind === 'visit' && random.chance(0.4));
  const notes = NOTES_OF[kind];
  const surveyed = kind !== 'note' && random.chance(0.12);
  return {
    kind,
    occurredAt,
    channel: random.pick(CHANNELS_OF[kind]),
    // Basket sizes are log-normal around €25, in cents, never under €1.
    amountMinor: buys ? Math.max(100, Math.round(random.logNormal(Math.log(2500), 0.8))) : null,
    note: notes && random.chance(0.8) ? random.pick(notes) : '',
    staffId: null,
    csat: surveyed ? csat(random, kind) : null,
    nps: random.chance(0.05) ? random.pick([2, 5, 6, 7, 8, 8, 9, 9, 9, 10, 10, 10]) : null,
    ces: random.chance(0.03) ? random.between(1, 7) : null,
  };
}
