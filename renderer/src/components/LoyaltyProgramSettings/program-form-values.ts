import type { FieldErrors, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import {
  EMPTY_PROGRAM,
  loyaltyProgramInputSchema,
  type LoyaltyProgram,
  type LoyaltyProgramInput,
  type TierMeasure,
  type TierPeriod,
} from '../../../../shared/domain/loyalty/program.ts';
import { formatMinorPlain, parseAmountToMinor } from '../../../../shared/domain/money.ts';
import { pickLanguage, type MessagesIn } from '../../i18n/define-messages.ts';
import { currentLanguage } from '../../i18n/LanguageProvider.tsx';
import type { Language } from '../../i18n/languages.ts';
import { fieldNameMessages, problemMessages } from './LoyaltyProgramSettings.messages.ts';

/** The form keeps what was typed, as text; numbers and amounts are read on submit. */
export interface ProgramFormValues {
  pointsPerUnit: string;
  perAmount: string;
  pointsPerVisit: string;
  visitMin: string;
  measure: TierMeasure;
  period: TierPeriod;
  keepMonths: string;
  levels: { name: string; threshold: string }[];
  rewards: { id?: string; name: string; cost: string }[];
  /** Empty: points never expire. */
  expiryMonths: string;
  birthdayBonus: string;
  /** Empty: from now; else a date, today or later. */
  effectiveFrom: string;
}

export interface ProgramFormOutput {
  program: LoyaltyProgramInput;
  effectiveFrom?: number;
}

const amount = (minor: number) => formatMinorPlain(minor);

export function toFormValues(program: LoyaltyProgram | undefined): ProgramFormValues {
  const p = program ?? EMPTY_PROGRAM;
  const spend = p.tiers.measure === 'spend';
  return {
    pointsPerUnit: String(p.earn.pointsPerUnit),
    perAmount: amount(p.earn.spendUnitMinor),
    pointsPerVisit: String(p.earn.pointsPerVisit),
    visitMin: amount(p.earn.visitMinSpendMinor),
    measure: p.tiers.measure,
    period: p.tiers.period,
    keepMonths: String(p.tiers.keepMonths),
    levels: p.tiers.levels.map((level) => ({
      name: level.name,
      threshold: spend ? amount(level.threshold) : String(level.threshold),
    })),
    rewards: p.rewards.map((reward) => ({ id: reward.id, name: reward.name, cost: String(reward.cost) })),
    expiryMonths: p.expiryMonths === null ? '' : String(p.expiryMonths),
    birthdayBonus: String(p.birthdayBonus),
    effectiveFrom: '',
  };
}

type Errors = Record<string, { type: string; message: string }>;

/** Where a contract field lives in the form: "tiers.levels.1.threshold" → "levels.1.threshold". */
export function formFieldOf(path: string): string {
  const map: Record<string, string> = {
    'earn.pointsPerUnit': 'pointsPerUnit',
    'earn.spendUnitMinor': 'perAmount',
    'earn.pointsPerVisit': 'pointsPerVisit',
    'earn.visitMinSpendMinor': 'visitMin',
    'tiers.keepMonths': 'keepMonths',
    expiryMonths: 'expiryMonths',
    birthdayBonus: 'birthdayBonus',
  };
  const plain = path.replace(/^program\./, '');
  return map[plain] ?? plain.replace(/^tiers\.levels/, 'levels').replace(/^tiers\./, '');
}

function nested(errors: Errors): FieldErrors<ProgramFormValues> {
  // react-hook-form's errors mirror the values' shape: "levels.1.threshold" → levels[1].threshold.
  const tree: FieldErrors<ProgramFormValues> & Record<string, unknown> = {};
  for (const [path, error] of Object.entries(errors)) {
    const parts = path.split('.');
    let node: Record<string, unknown> = tree;
    parts.slice(0, -1).forEach((part) => {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    });
    node[parts.at(-1) ?? path] = error;
  }
  return tree;
}

type Problems = MessagesIn<typeof problemMessages>;

/**
 * The program schema's refusal in the reader's words, from what failed: English keeps the
 * schema's own words ("This must be more than Silver's (500)"), Italian is worded here.
 */
function issueText(issue: z.core.$ZodIssue, values: ProgramFormValues, p: Problems): string {
  const shared = issue.message;
  const last = issue.path.at(-1);
  if (issue.code === 'too_small') {
    return issue.origin === 'string' ? p.required(shared) : p.atLeast(shared, Number(issue.minimum));
  }
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum);
    if (issue.origin === 'string') return p.atMostCharacters(shared, max);
    if (issue.origin === 'array') return p.atMostItems(shared, max);
    return p.atMost(shared, max);
  }
  if (issue.code === 'custom' && last === 'threshold') {
    const previous = values.levels[Number(issue.path.at(-2)) - 1];
    if (previous) return p.moreThanPrevious(shared, previous.name.trim(), previous.threshold.trim());
  }
  if (issue.code === 'custom' && (last === 'name' || last === 'id')) return p.usedTwice(shared);
  return p.other(shared);
}

/** Reads the form into the contract's program, with errors named by form field. */
export function readForm(
  values: ProgramFormValues,
  today: () => number,
  language: Language = currentLanguage(),
): { output?: ProgramFormOutput; errors: Errors } {
  const p = pickLanguage(problemMessages, language);
  const names = pickLanguage(fieldNameMessages, language);
  const errors: Errors = {};
  const fail = (field: string, message: string) => (errors[field] ??= { type: 'validate', message });
  const whole = (field: string, text: string, label: string) => {
    if (!/^\s*\d{1,9}\s*$/.test(text)) fail(field, p.wholeNumber(label));
    return Number(text);
  };
  const money = (field: string, text: string, label: string) => {
    const minor = parseAmountToMinor(text);
    if (minor === null || minor < 0) fail(field, p.amountLike(label));
    return minor ?? 0;
  };
  const spend = values.measure === 'spend';
  const program: LoyaltyProgramInput = {
    earn: {
      pointsPerUnit: whole('pointsPerUnit', values.pointsPerUnit, names.points),
      spendUnitMinor: money('perAmount', values.perAmount, names.amount),
      pointsPerVisit: whole('pointsPerVisit', values.pointsPerVisit, names.pointsPerVisit),
      visitMinSpendMinor: money('visitMin', values.visitMin || '0', names.minimum),
    },
    tiers: {
      measure: values.measure,
      period: values.period,
      keepMonths: whole('keepMonths', values.keepMonths, names.months),
      levels: values.levels.map((level, index) => ({
        name: level.name,
        threshold: spend
          ? money(`levels.${index}.threshold`, level.threshold, names.threshold)
          : whole(`levels.${index}.threshold`, level.threshold, names.threshold),
      })),
    },
    rewards: values.rewards.map((reward, index) => ({
      ...(reward.id ? { id: reward.id } : {}),
      name: reward.name,
      cost: whole(`rewards.${index}.cost`, reward.cost, names.cost),
    })),
    expiryMonths:
      values.expiryMonths.trim() === '' ? null : whole('expiryMonths', values.expiryMonths, names.months),
    birthdayBonus: whole('birthdayBonus', values.birthdayBonus || '0', names.bonus),
  };
  let effectiveFrom: number | undefined;
  if (values.effectiveFrom !== '') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(values.effectiveFrom);
    const date = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime() : NaN;
    if (Number.isNaN(date)) fail('effectiveFrom', p.pickADate);
    // Today means "now": the change cannot start earlier than the moment it is saved.
    else if (date > today()) effectiveFrom = date;
  }
  const checked = loyaltyProgramInputSchema.safeParse(program);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = formFieldOf(issue.path.map(String).join('.'));
      fail(field, issueText(issue, values, p));
    }
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { output: effectiveFrom === undefined ? { program } : { program, effectiveFrom }, errors };
}

export function programResolver(
  today: () => number,
): Resolver<ProgramFormValues, unknown, ProgramFormOutput> {
  return (values) => {
    const { output, errors } = readForm(values, today);
    return output ? { values: output, errors: {} } : { values: {}, errors: nested(errors) };
  };
}
