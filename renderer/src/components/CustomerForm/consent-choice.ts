import type { Consent, ConsentChannel, ConsentInput } from '../../../../shared/domain/customer.ts';

/** Consent ticked or unticked in this form is recorded as given at the counter. */
export const COUNTER_SOURCE = 'counter';

export const CONSENT_LABELS: Record<ConsentChannel, string> = {
  email: 'Email consent',
  sms: 'SMS consent',
  phone: 'Phone consent',
  post: 'Post consent',
};

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
