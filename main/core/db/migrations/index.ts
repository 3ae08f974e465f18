import type { Migration } from '../migration.ts';
import { initial } from './0010-initial.ts';
import { counter } from './0020-counter.ts';
import { loyaltyEligibility } from './0030-loyalty-eligibility.ts';
import { loyalty } from './0040-loyalty.ts';
import { loyaltySpeed } from './0045-loyalty-speed.ts';

// Listed explicitly, never discovered by scanning a folder: the bundle and the order are certain.
export const MIGRATIONS: readonly Migration[] = [initial, counter, loyaltyEligibility, loyalty, loyaltySpeed];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
