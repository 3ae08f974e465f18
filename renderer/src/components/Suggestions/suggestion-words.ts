import type { SuggestionChannel } from '../../../../shared/domain/suggestions.ts';

export const CHANNEL_WORDS: Record<SuggestionChannel, string> = {
  email: 'E-mail',
  sms: 'SMS',
  phone: 'Phone call',
  post: 'Letter',
  in_person: 'At the next visit',
};

/** What the open button says for a channel with an app to open. */
export const OPEN_WORDS: Partial<Record<SuggestionChannel, string>> = {
  email: 'Open in mail',
  sms: 'Open in SMS',
  phone: 'Call',
};

/** Hands a mailto:/sms:/tel: link to the system: Electron's navigation guard passes it to the OS. */
export function openLink(link: string): void {
  const anchor = document.createElement('a');
  anchor.href = link;
  anchor.rel = 'noopener';
  anchor.click();
}
