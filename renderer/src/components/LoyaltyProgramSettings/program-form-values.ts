import type { FieldErrors, Resolver } from 'react-hook-form';
import {
  EMPTY_PROGRAM,
  loyaltyProgramInputSchema,
  type LoyaltyProgram,
  type LoyaltyProgramInput,
  type TierMeasure,
  type TierPeriod,
} from '../../../../shared/domain/loyalty/program.ts';
import { formatMinorPlain, parseAmountToMinor } from '../../../../shared/domain/money.ts';

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

/** Reads the form into the contract's program, with errors named by form field. */
export function readForm(
  values: ProgramFormValues,
  today: () => number,
): { output?: ProgramFormOutput; errors: Errors } {
  const errors: Errors = {};
  const fail = (field: string, message: string) => (errors[field] ??= { type: 'validate', message });
  const whole = (field: string, text: string, label: string) => {
    if (!/^\s*\d{1,9}\s*$/.test(text)) fail(field, `${label} must be a whole number`);
    return Number(text);
  };
  const money = (field: string, text: string, label: string) => {
    const minor = parseAmountToMinor(text);
    if (minor === null || minor < 0) fail(field, `${label} must be an amount like 1.00`);
    return minor ?? 0;
  };
  const spend = values.measure === 'spend';
  const program: LoyaltyProgramInput = {
    earn: {
      pointsPerUnit: whole('pointsPerUnit', values.pointsPerUnit, 'Points'),
      spendUnitMinor: money('perAmount', values.perAmount, 'The amount'),
      pointsPerVisit: whole('pointsPerVisit', values.pointsPerVisit, 'Points per visit'),
      visitMinSpendMinor: money('visitMin', values.visitMin || '0', 'The minimum'),
    },
    tiers: {
      measure: values.measure,
      period: values.period,
      keepMonths: whole('keepMonths', values.keepMonths, 'Months'),
      levels: values.levels.map((level, index) => ({
        name: level.name,
        threshold: spend
          ? money(`levels.${index}.threshold`, level.threshold, 'The threshold')
          : whole(`levels.${index}.threshold`, level.threshold, 'The threshold'),
      })),
    },
    rewards: values.rewards.map((reward, index) => ({
      ...(reward.id ? { id: reward.id } : {}),
      name: reward.name,
      cost: whole(`rewards.${index}.cost`, reward.cost, 'The cost'),
    })),
    expiryMonths:
      values.expiryMonths.trim() === '' ? null : whole('expiryMonths', values.expiryMonths, 'Months'),
    birthdayBonus: whole('birthdayBonus', values.birthdayBonus || '0', 'The bonus'),
  };
  let effectiveFrom: number | undefined;
  if (values.effectiveFrom !== '') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(values.effectiveFrom);
    const date = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime() : NaN;
    if (Number.isNaN(date)) fail('effectiveFrom', 'Pick a date');
    // Today means "now": the change cannot start earlier than the moment it is saved.
    else if (date > today()) effectiveFrom = date;
  }
  const checked = loyaltyProgramInputSchema.safeParse(program);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = formFieldOf(issue.path.map(String).join('.'));
      fail(field, /^[a-z]/.test(issue.message) ? `This ${issue.message}` : issue.message);
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
