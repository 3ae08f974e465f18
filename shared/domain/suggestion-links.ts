import type { Channel } from './interaction.ts';
import type { SuggestionChannel } from './suggestions.ts';

/** Where a drafted message opens: the mail app, the SMS app, the phone; null to copy it instead. */
export function contactLink(
  channel: SuggestionChannel,
  to: { email: string; phone: string },
  message: string,
  subject = '',
): string | null {
  const phone = to.phone.replace(/[^\d+]/g, '');
  if (channel === 'email' && to.email !== '') {
    const parts = [
      subject === '' ? '' : `subject=${encodeURIComponent(subject)}`,
      `body=${encodeURIComponent(message)}`,
    ];
    return `mailto:${encodeURIComponent(to.email).replace('%40', '@')}?${parts.filter(Boolean).join('&')}`;
  }
  if (channel === 'sms' && phone !== '') return `sms:${phone}?body=${encodeURIComponent(message)}`;
  if (channel === 'phone' && phone !== '') return `tel:${phone}`;
  return null;
}

/** The interaction channel a follow-up is logged with (a letter has none of its own: in person, noted). */
export function interactionChannelOf(channel: SuggestionChannel): Channel {
  return channel === 'email' || channel === 'sms' || channel === 'phone' ? channel : 'in_person';
}
