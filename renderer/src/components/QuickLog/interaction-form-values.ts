import {
  interactionUpdateSchema,
  type Channel,
  type Interaction,
  type InteractionKind,
  type InteractionUpdate,
} from '../../../../shared/domain/interaction.ts';
import { formatMinorPlain, parseAmountToMinor } from '../../../../shared/domain/money.ts';
import { parseDateTimeLocal, toDateTimeLocal } from '../../format/dates.ts';
import { withoutFieldPrefix } from '../../format/messages.ts';
import { pickLanguage } from '../../i18n/define-messages.ts';
import { currentLanguage } from '../../i18n/LanguageProvider.tsx';
import { fieldMessages, problemMessages } from './QuickLog.messages.ts';

/** What the log and edit forms hold: text as typed, answers as picked. */
export interface InteractionFormValues {
  kind: InteractionKind;
  amount: string;
  note: string;
  /** A datetime-local value. */
  when: string;
  csat: number | null;
  nps: number | null;
  ces: number | null;
}
export type FormField = keyof InteractionFormValues;
/** Messages by field; `form` for one that belongs to no field. */
export type FormErrors = Partial<Record<FormField | 'form', string>>;

// The contract's names for what the form calls amount and when.
const FORM_FIELD_OF: Record<string, FormField> = {
  kind: 'kind',
  amountMinor: 'amount',
  occurredAt: 'when',
  note: 'note',
  csat: 'csat',
  nps: 'nps',
  ces: 'ces',
};

/** The form field a core error names ("amountMinor", "fields.occurredAt"), if it is one of ours. */
export function formFieldOf(field: string | undefined): FormField | undefined {
  if (!field) return undefined;
  return FORM_FIELD_OF[field.replace(/^fields\./, '')];
}

/** A core message shown next to its field, after the field's name in the language on screen. */
export function fieldError(field: FormField, message: string, coreField = ''): string {
  const language = currentLanguage();
  return pickLanguage(problemMessages, language).coreProblem(
    pickLanguage(fieldMessages, language)[field],
    withoutFieldPrefix(message, coreField),
  );
}

type Problem = Exclude<keyof typeof problemMessages, 'coreProblem'>;

/** The schema's refusals the form can meet, worded here from the field and the check that failed. */
function problemOf(field: FormField, code: string): Problem | undefined {
  if (field === 'amount') {
    if (code === 'custom') return 'amountNegative';
    if (code === 'too_small' || code === 'too_big') return 'amountTooLarge';
    if (code === 'invalid_type') return 'amountNotWholeCents';
  }
  if (field === 'when') {
    if (code === 'too_small') return 'whenBefore1970';
    if (code === 'too_big') return 'whenAfter2200';
  }
  if (field === 'note' && code === 'too_big') return 'noteTooLong';
  return undefined;
}

export function freshValues(now: number): InteractionFormValues {
  return {
    kind: 'visit',
    amount: '',
    note: '',
    when: toDateTimeLocal(now),
    csat: null,
    nps: null,
    ces: null,
  };
}

export function valuesOf(interaction: Interaction): InteractionFormValues {
  return {
    kind: interaction.kind,
    amount: interaction.amountMinor === null ? '' : formatMinorPlain(interaction.amountMinor),
    note: interaction.note,
    when: toDateTimeLocal(interaction.occurredAt),
    csat: interaction.csat,
    nps: interaction.nps,
    ces: interaction.ces,
  };
}

/**
 * The channel a kind implies when logging at the counter: a call came by phone, an e-mail by
 * e-mail, a message by text; everything else happened in person.
 */
export function channelOf(kind: InteractionKind): Channel {
  if (kind === 'call') return 'phone';
  if (kind === 'email') return 'email';
  if (kind === 'message') return 'sms';
  return 'in_person';
}

export type FormOutcome = { ok: true; fields: InteractionUpdate } | { ok: false; errors: FormErrors };

/**
 * Turns what was typed into the contract's fields, checked with the contract's own schema, so a
 * refusal (a negative amount on a visit, NPS 11) shows next to its field with the core's words
 * and nothing is sent.
 *
 * @param untouchedWhen The "When" the form was filled in with, and the instant it stands for:
 * left as is, that instant is sent (undefined when logging: the core stamps the exact moment).
 */
export function toInteractionFields(
  values: InteractionFormValues,
  untouchedWhen: { text: string; occurredAt: number | undefined },
  channel: Channel,
): FormOutcome {
  const problems = pickLanguage(problemMessages, currentLanguage());
  const errors: FormErrors = {};
  const amountText = values.amount.trim();
  const amountMinor = amountText === '' ? null : parseAmountToMinor(amountText);
  if (amountText !== '' && amountMinor === null) errors.amount = problems.amountNotAnAmount;
  const occurredAt =
    values.when === untouchedWhen.text ? untouchedWhen.occurredAt : parseDateTimeLocal(values.when);
  if (occurredAt === null) errors.when = problems.whenNotADate;
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const fields: InteractionUpdate = {
    kind: values.kind,
    channel,
    amountMinor,
    note: values.note,
    csat: values.csat,
    nps: values.nps,
    ces: values.ces,
    ...(occurredAt === undefined || occurredAt === null ? {} : { occurredAt }),
  };
  const checked = interactionUpdateSchema.safeParse(fields);
  if (checked.success) return { ok: true, fields };
  for (const issue of checked.error.issues) {
    const name = formFieldOf(String(issue.path[0] ?? ''));
    const problem = name && problemOf(name, issue.code);
    if (name && !errors[name]) errors[name] = problem ? problems[problem] : fieldError(name, issue.message);
  }
  if (Object.keys(errors).length === 0) errors.form = checked.error.issues[0]?.message ?? problems.notValid;
  return { ok: false, errors };
}
