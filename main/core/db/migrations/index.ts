import type { Migration } from '../migration.ts';
import { initial } from './0010-initial.ts';
import { counter } from './0020-counter.ts';
import { loyaltyEligibility } from './0030-loyalty-eligibility.ts';
import { loyalty } from './0040-loyalty.ts';
import { reminders } from './0050-reminders.ts';
import { imports } from './0060-imports.ts';
import { birthdayChanges } from './0061-birthday-changes.ts';
import { trust } from './0070-trust.ts';
import { loyaltySpeed } from './0071-loyalty-speed.ts';
import { insights } from './0090-insights.ts';
import { suggestions } from './0095-suggestions.ts';
import { pickedFollowUps } from './0096-picked-follow-ups.ts';
import { nextVisitDay } from './0097-next-visit-day.ts';
import { segmentConditionIndexes } from './0098-segment-condition-indexes.ts';

// Listed explicitly, never discovered by scanning a folder: the bundle and the order are certain.
export const MIGRATIONS: readonly Migration[] = [
  initial,
  counter,
  loyaltyEligibility,
  loyalty,
  reminders,
  imports,
  birthdayChanges,
  trust,
  loyaltySpeed,
  insights,
  suggestions,
  pickedFollowUps,
  nextVisitDay,
  segmentConditionIndexes,
];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
