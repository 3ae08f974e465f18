import type { Migration } from '../migration.ts';
import { initial } from './0010-initial.ts';
import { counter } from './0020-counter.ts';
import { loyaltyEligibility } from './0030-loyalty-eligibility.ts';
import { insights } from './0090-insights.ts';

// Listed explicitly, never discovered by scanning a folder: the bundle and the order are certain.
export const MIGRATIONS: readonly Migration[] = [initial, counter, loyaltyEligibility, insights];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
