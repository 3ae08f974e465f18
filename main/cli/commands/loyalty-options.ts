import { readFileSync } from 'node:fs';
import {
  EMPTY_PROGRAM,
  TIER_MEASURES,
  type LoyaltyProgram,
  type LoyaltyProgramInput,
} from '../../../shared/domain/loyalty/program.ts';
import { endOfLocalDay } from '../../../shared/domain/loyalty/local-time.ts';
import { parseAmountToMinor } from '../../../shared/domain/money.ts';
import { CliError, invalidInput } from '../cli-error.ts';
import { parseChoice, parseIsoInstant, parseWholeNumber } from '../options.ts';

// Turns `loyalty` option text into contract input, checked before the database is opened.

export interface ProgramOptions {
  points?: string;
  per?: string;
  visitPoints?: string;
  visitMin?: string;
  tier?: string[];
  tierBy?: string;
  tierPeriod?: string;
  keepMonths?: string;
  reward?: string[];
  expiryMonths?: string;
  birthdayBonus?: string;
  from?: string;
}

/** "2026-03-01" is the end of that day (as of the evening); a date-time is that instant. */
export function parseAsOf(option: string, text: string): number {
  const instant = parseIsoInstant(option, 'asOf', text);
  const date = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(text);
  if (!date) return instant;
  return endOfLocalDay(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
}

/** Local midnight of a date: when a program change takes effect. */
export function parseFrom(text: string): number {
  return parseIsoInstant('--from', 'effectiveFrom', text);
}

export function parseSignedWhole(option: string, field: string, text: string): number {
  if (!/^\s*[+-]?\d+\s*$/.test(text)) throw invalidInput(`${option}: '${text}' is not a whole number`, field);
  return Number(text);
}

function amount(option: string, field: string, text: string): number {
  const minor = parseAmountToMinor(text);
  if (minor === null || minor < 0)
    throw invalidInput(`${option}: '${text}' is not an amount like 1.00`, field);
  return minor;
}

/** "Gold:500" (points or visits) or "Gold:250.00" (spend). */
function pair(option: string, text: string, money: boolean): { name: string; value: number } {
  const at = text.lastIndexOf(':');
  const name = text.slice(0, at).trim();
  const value = text.slice(at + 1).trim();
  if (at < 0 || name === '' || value === '') {
    throw invalidInput(`${option}: '${text}' must look like NAME:${money ? '250.00' : '500'}`);
  }
  return {
    name,
    value: money ? amount(option, option, value) : parseWholeNumber(option, option, value, { min: 0 }),
  };
}

/** The current program with the options given applied; what is not given stays as it is. */
export function programFromOptions(
  current: LoyaltyProgram | undefined,
  options: ProgramOptions,
): LoyaltyProgramInput {
  const base = current ?? EMPTY_PROGRAM;
  const whole = (option: string, text: string | undefined, fallback: number) =>
    text === undefined ? fallback : parseWholeNumber(option, option, text, { min: 0 });
  const measure =
    options.tierBy === undefined
      ? base.tiers.measure
      : parseChoice('--tier-by', 'tiers.measure', options.tierBy, TIER_MEASURES);
  const period =
    options.tierPeriod === undefined
      ? base.tiers.period
      : parseChoice('--tier-period', 'tiers.period', options.tierPeriod, [
            'rolling12',
            'calendar-year',
          ] as const) === 'rolling12'
        ? 'rolling12'
        : 'calendarYear';
  const tiers = options.tier?.map((text) => pair('--tier', text, measure === 'spend'));
  const rewards = options.reward?.map((text) => pair('--reward', text, false));
  const expiry = options.expiryMonths;
  return {
    earn: {
      pointsPerUnit: whole('--points', options.points, base.earn.pointsPerUnit),
      spendUnitMinor:
        options.per === undefined
          ? base.earn.spendUnitMinor
          : amount('--per', 'earn.spendUnitMinor', options.per),
      pointsPerVisit: whole('--visit-points', options.visitPoints, base.earn.pointsPerVisit),
      visitMinSpendMinor:
        options.visitMin === undefined
          ? base.earn.visitMinSpendMinor
          : amount('--visit-min', 'earn.visitMinSpendMinor', options.visitMin),
    },
    tiers: {
      measure,
      period,
      keepMonths: whole('--keep-months', options.keepMonths, base.tiers.keepMonths),
      levels: tiers ? tiers.map(({ name, value }) => ({ name, threshold: value })) : base.tiers.levels,
    },
    // A reward named as before keeps its id, so old redemptions and scripts still name it.
    rewards: rewards
      ? rewards.map(({ name, value }) => {
          const id = base.rewards.find((reward) => reward.name.toLowerCase() === name.toLowerCase())?.id;
          return id === undefined ? { name, cost: value } : { id, name, cost: value };
        })
      : base.rewards,
    expiryMonths:
      expiry === undefined
        ? base.expiryMonths
        : expiry === 'never'
          ? null
          : whole('--expiry-months', expiry, 0),
    birthdayBonus: whole('--birthday-bonus', options.birthdayBonus, base.birthdayBonus),
  };
}

/** A program from a JSON file: the `program` of `loyalty program show --json`, or the whole answer. */
export function programFromFile(path: string): LoyaltyProgramInput {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(
      'not_found',
      `Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalidInput(`${path} is not JSON`);
  }
  const program = typeof value === 'object' && value !== null && 'program' in value ? value.program : value;
  return program as LoyaltyProgramInput;
}
