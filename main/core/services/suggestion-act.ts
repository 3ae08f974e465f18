import { z } from 'zod';
import type { Interaction } from '../../../shared/domain/interaction.ts';
import { idSchema } from '../../../shared/domain/interaction.ts';
import { contactLink, interactionChannelOf } from '../../../shared/domain/suggestion-links.ts';
import {
  SUGGESTION_CHANNELS,
  SUGGESTION_KIND_LABELS,
  SUGGESTION_KINDS,
  type SuggestionChannel,
  type SuggestionKind,
} from '../../../shared/domain/suggestions.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { insertFollowUp } from '../repos/suggestion-repo.ts';
import { parseOrThrow } from '../validate.ts';
import { logInteraction } from './interactions.ts';
import { customerSuggestions } from './suggestions-customer.ts';

// Acting on a suggestion: nothing is sent from here. The follow-up is logged (through the
// interactions service, so it is audited and moves the customer's facts) with the channel and
// the text, and the link that opens the draft in the mail, SMS or phone app is handed back.

export const actInputSchema = z.strictObject({
  customerId: idSchema,
  kind: z.enum(SUGGESTION_KINDS),
  channel: z.enum(SUGGESTION_CHANNELS).optional(),
  /** The text as sent, if the user changed the draft. */
  message: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(2000, 'must be at most 2000 characters')
    .optional(),
});

export interface ActResult {
  interaction: Interaction;
  kind: SuggestionKind;
  channel: SuggestionChannel;
  message: string;
  link: string | null;
}

export function actOnSuggestion(ctx: CoreContext, input: z.input<typeof actInputSchema>): ActResult {
  const { customerId, kind, channel: asked, message: edited } = parseOrThrow(actInputSchema, input);
  const suggestion = customerSuggestions(ctx, customerId).find((s) => s.kind === kind);
  if (!suggestion) {
    throw new AppError(
      'invalid_input',
      `kind: there is no ${SUGGESTION_KIND_LABELS[kind].toLowerCase()} suggestion for this customer today`,
      'kind',
    );
  }
  const channel = asked ?? suggestion.channel;
  if (channel !== 'in_person' && !suggestion.allowedChannels.includes(channel)) {
    const why = suggestion.service ? 'nothing on file for it' : 'no consent, or nothing on file for it';
    throw new AppError('invalid_input', `channel: not allowed for this customer (${why})`, 'channel');
  }
  const message = edited ?? suggestion.message;
  const label = SUGGESTION_KIND_LABELS[kind];
  const prefix =
    channel === 'post' ? 'By post' : channel === 'in_person' ? 'To mention at the next visit' : label;
  const interaction = ctx.db.transaction((): Interaction => {
    const logged = logInteraction(ctx, {
      customerId,
      kind: 'follow_up',
      channel: interactionChannelOf(channel),
      note: `${prefix}: ${message}`.slice(0, 2000),
    });
    insertFollowUp(ctx.db, { interactionId: logged.id, kind, channel });
    return logged;
  })();
  return { interaction, kind, channel, message, link: contactLink(channel, suggestion, message) };
}
