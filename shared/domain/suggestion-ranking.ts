import { CONSENT_CHANNELS, type ConsentChannel } from './customer.ts';
import type { ScoreParts, SuggestionChannel } from './suggestions.ts';

// The two decisions a suggestion explains: how it reaches the customer, and where it ranks.
// Pure, so they are tested on their own and read the same in the core and in a test.

export interface ChannelFacts {
  /** A service message (closing the loop) may use any channel the customer gave. */
  service: boolean;
  preferred: ConsentChannel | '';
  /** Channels with consent in force. */
  consented: readonly ConsentChannel[];
  /** Channels the customer gave an address or a number for. */
  reachable: readonly ConsentChannel[];
  /** The customer asked not to be contacted: no marketing at all. */
  doNotContact: boolean;
}

export interface ChannelChoice {
  channel: SuggestionChannel;
  allowed: ConsentChannel[];
  note: string;
}

const WORDS: Record<ConsentChannel, string> = { email: 'e-mail', sms: 'SMS', phone: 'phone', post: 'post' };

export function chooseChannel(facts: ChannelFacts): ChannelChoice {
  const allowed = CONSENT_CHANNELS.filter(
    (channel) =>
      facts.reachable.includes(channel) &&
      (facts.service || (!facts.doNotContact && facts.consented.includes(channel))),
  );
  const first = allowed[0];
  if (first === undefined) {
    const why = facts.service
      ? 'no e-mail, phone or address on file'
      : facts.doNotContact
        ? 'the customer asked not to be contacted'
        : 'no consent for a channel with an address or number on file';
    return { channel: 'in_person', allowed, note: `Mention it at the next visit (${why}).` };
  }
  if (facts.preferred !== '' && allowed.includes(facts.preferred)) {
    return {
      channel: facts.preferred,
      allowed,
      note: `By ${WORDS[facts.preferred]}, the preferred channel.`,
    };
  }
  const basis = facts.service ? 'a service message, on file' : 'with consent';
  const preferredNote =
    facts.preferred === ''
      ? ''
      : ` (the preferred ${WORDS[facts.preferred]} is not allowed for this message)`;
  return { channel: first, allowed, note: `By ${WORDS[first]}, ${basis}${preferredNote}.` };
}

export interface ValueFacts {
  spendMinor: number;
  visits: number;
  /** null before the model is fitted (or with too little history). */
  pAlive: number | null;
  /** Days since the last interaction of any kind; null: never. */
  daysSinceContact: number | null;
}

export interface Scored {
  score: number;
  parts: ScoreParts;
  explained: string[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * urgency (from the kind) + value (up to 20: spend up to 10 on a log scale, visits up to 5,
 * P(alive) up to 5) + staleness (up to 10: a point per 9 days without contact). Close the loop
 * carries an urgency of 1000, so it ranks above everything else whatever the customer is worth.
 */
export function scoreSuggestion(urgency: number, facts: ValueFacts): Scored {
  const spendMajor = Math.max(0, facts.spendMinor) / 100;
  const spend = Math.min(10, 2.5 * Math.log10(1 + spendMajor));
  const visits = Math.min(5, facts.visits / 2);
  const alive = facts.pAlive === null ? 2.5 : 5 * facts.pAlive;
  const value = spend + visits + alive;
  const staleness = facts.daysSinceContact === null ? 10 : Math.min(10, facts.daysSinceContact / 9);
  const parts = { urgency: round1(urgency), value: round1(value), staleness: round1(staleness) };
  const score = round1(parts.urgency + parts.value + parts.staleness);
  const explained = [
    `Urgency ${parts.urgency} (the kind of follow-up and how late it is)`,
    `Value ${parts.value}: spend ${round1(spend)} (${spendMajor.toFixed(2)} in all), visits ${round1(visits)} (${facts.visits}), ` +
      (facts.pAlive === null
        ? `still a regular ${round1(alive)} (no model yet)`
        : `still a regular ${round1(alive)} (${Math.round(facts.pAlive * 100)}%)`),
    `Time since the last contact ${parts.staleness} (${facts.daysSinceContact === null ? 'never in touch' : facts.daysSinceContact === 1 ? '1 day' : `${facts.daysSinceContact} days`})`,
  ];
  return { score, parts, explained };
}
