import { z } from 'zod';
import { SUGGESTION_KINDS, type SuggestionKind } from './suggestions.ts';

// Message templates with merge fields written {firstName}. Rendering is pure and shared, so the
// Settings editor's live preview and the core's drafted messages are the same text.

export const MERGE_FIELDS = [
  'firstName',
  'daysSinceLastVisit',
  'usualItem',
  'lastStaff',
  'points',
  'reward',
  'pointsToNextTier',
  'nextTier',
  'shopName',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export const MERGE_FIELD_LABELS: Record<MergeField, string> = {
  firstName: 'First name',
  daysSinceLastVisit: 'Days since the last visit',
  usualItem: 'Usual item or service',
  lastStaff: 'Last staff member',
  points: 'Points',
  reward: 'Reward within reach',
  pointsToNextTier: 'Points to the next tier',
  nextTier: 'Next tier',
  shopName: 'Shop name',
};

/** Values of one customer's merge fields; '' is a field with nothing to say (shown as a warning). */
export type MergeValues = Record<MergeField, string>;

export const DEFAULT_TEMPLATES: Record<SuggestionKind, string> = {
  close_the_loop:
    'Hello {firstName}, this is {shopName}. We are sorry your last visit was not what it should have been. Could we make it right?',
  win_back:
    'Hello {firstName}, it has been {daysSinceLastVisit} days! Your {usualItem} is waiting for you at {shopName}.',
  we_miss_you: 'Hello {firstName}, we miss you at {shopName}. Come and see us soon!',
  thank_you: 'Thank you for your first visit to {shopName}, {firstName}! We hope to see you again soon.',
  feedback_request:
    'Hello {firstName}, how was your {usualItem}? A word from you helps {shopName} do better.',
  reward_available: 'Hello {firstName}, you have {points} points: {reward} is yours at {shopName}!',
  near_next_tier:
    'Hello {firstName}, only {pointsToNextTier} to go before you reach {nextTier} at {shopName}.',
  tier_reached: 'Congratulations {firstName}, you are now {nextTier} at {shopName}!',
  birthday: 'Happy birthday {firstName}! Everyone at {shopName} wishes you a wonderful day.',
  staff_left:
    'Hello {firstName}, {lastStaff} has moved on from {shopName}. We would love to look after you just as well: come and meet the team.',
  picked:
    'Hello {firstName}, we have been thinking of you at {shopName}. We would love to see you again soon!',
};

export const templatesSchema = z.record(z.enum(SUGGESTION_KINDS), z.string());
export const templateUpdateSchema = z.strictObject({
  kind: z.enum(SUGGESTION_KINDS),
  /** null puts the default text back. */
  text: z.string().trim().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters').nullable(),
});

const FIELD_PATTERN = /\{([A-Za-z]+)\}/g;

export interface RenderedTemplate {
  text: string;
  /** Known merge fields that came out empty, in order of first appearance. */
  empty: MergeField[];
  /** Names in braces that are not merge fields: left as typed. */
  unknown: string[];
}

const isMergeField = (name: string): name is MergeField => (MERGE_FIELDS as readonly string[]).includes(name);

export function renderTemplate(template: string, values: MergeValues): RenderedTemplate {
  const empty = new Set<MergeField>();
  const unknown = new Set<string>();
  const text = template.replace(FIELD_PATTERN, (whole, name: string) => {
    if (!isMergeField(name)) {
      unknown.add(name);
      return whole;
    }
    const value = values[name];
    if (value === '') empty.add(name);
    return value;
  });
  // An empty field leaves a double space or a space before punctuation behind: tidy it.
  const tidy = text
    .replace(/ {2,}/g, ' ')
    .replace(/ ([,.!?:;])/g, '$1')
    .trim();
  return { text: tidy, empty: [...empty], unknown: [...unknown] };
}

/** Sample values for the Settings preview, accents included on purpose. */
export const SAMPLE_MERGE_VALUES: MergeValues = {
  firstName: 'Zoë',
  daysSinceLastVisit: '42',
  usualItem: 'café crème',
  lastStaff: 'Ana',
  points: '320',
  reward: 'a free coffee',
  pointsToNextTier: '40 points',
  nextTier: 'Gold',
  shopName: 'Chez Lúcia',
};
