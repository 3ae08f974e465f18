import type { Consent, ConsentChannel, ConsentInput } from '../../../../shared/domain/customer.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { channelShortMessages, consentLabelMessages } from './CustomerForm.messages.ts';

/** Consent ticked or unticked in this form is recorded as given at the counter. */
export const COUNTER_SOURCE = 'counter';

/** Each consent checkbox's label ("Email consent") in the reader's language. */
export function useConsentLabels(): Record<ConsentChannel, string> {
  return useMessages(consentLabelMessages);
}

/** Each channel's short name ("Email") where consents are listed, in the reader's language. */
export function useChannelShortNames(): Record<ConsentChannel, string> {
  return useMessages(channelShortMessages);
}

export function toConsentInputs(consents: readonly Consent[]): ConsentInput[] {
  return consents.map(({ channel, granted, source }) => ({ channel, granted, source }));
}

/**
 * The consents to save after a checkbox changed. Consent is history in the core, so ticking a box
 * back to what was saved restores the saved record (and its source) instead of adding a new one,
 * and a channel never answered stays unanswered when its box ends up unticked.
 */
export function chooseConsent(
  current: readonly ConsentInput[],
  saved: readonly ConsentInput[],
  channel: ConsentChannel,
  granted: boolean,
): ConsentInput[] {
  const others = current.filter((consent) => consent.channel !== channel);
  const before = saved.find((consent) => consent.channel === channel);
  if (before?.granted === granted) return [...others, before];
  if (!before && !granted) return others;
  return [...others, { channel, granted, source: COUNTER_SOURCE }];
}
