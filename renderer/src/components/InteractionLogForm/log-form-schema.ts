import { z } from 'zod';
import { INTERACTION_KINDS, type InteractionInput } from '../../../../shared/domain/interaction.ts';
import { parseAmountToMinor } from '../../../../shared/domain/money.ts';
import { parseDateTimeLocal } from '../../format/dates.ts';

/** What the log form holds: text as typed; toInteractionInput turns it into the contract's input. */
export const logFormSchema = z.object({
  kind: z.enum(INTERACTION_KINDS),
  amount: z
    .string()
    .trim()
    .refine((text) => text === '' || parseAmountToMinor(text) !== null, 'must be an amount like 12.50')
    .refine((text) => (parseAmountToMinor(text) ?? 0) >= 0, 'must not be negative'),
  when: z.string().refine((text) => parseDateTimeLocal(text) !== null, 'must be a date and time'),
  note: z.string().trim().max(2000, 'must be at most 2000 characters'),
});
export type LogFormValues = z.infer<typeof logFormSchema>;

/**
 * @param defaultWhen The "now" the form was filled in with: left as is, the core stamps the
 * exact moment of logging instead of that rounded, possibly minutes-old minute.
 */
export function toInteractionInput(
  customerId: string,
  values: LogFormValues,
  defaultWhen: string,
): InteractionInput {
  return {
    customerId,
    kind: values.kind,
    amountMinor: values.amount === '' ? null : parseAmountToMinor(values.amount),
    occurredAt: values.when === defaultWhen ? undefined : (parseDateTimeLocal(values.when) ?? undefined),
    note: values.note,
  };
}
