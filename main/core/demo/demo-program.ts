import { STARTER_LOYALTY_PROGRAM } from '../../../shared/domain/loyalty/starter-program.ts';
import type { LoyaltyProgramInput } from '../../../shared/domain/loyalty/program.ts';

/** The demo café runs the first-run starter program, with a café's rewards. */
export const DEMO_LOYALTY_PROGRAM = {
  ...STARTER_LOYALTY_PROGRAM,
  rewards: [
    { name: 'Free coffee', cost: 40 },
    { name: 'Cake of the day', cost: 90 },
  ],
} satisfies LoyaltyProgramInput;
