import type { ConsentChannel } from '../../../shared/domain/customer.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { consentChannelMessages } from './consent-channels.messages.ts';

/** Each consent channel's name in the reader's language. */
export function useConsentChannelNames(): Record<ConsentChannel, string> {
  return useMessages(consentChannelMessages);
}
