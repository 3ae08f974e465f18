import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { phoneDigits } from '../../../../shared/domain/text.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';

export interface TypedContact {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
}

/** Pause after the last keystroke before asking: one check per word, not per letter. */
const TYPING_PAUSE_MS = 300;

/**
 * Enough to tell people apart: a full name, most of a phone number or an e-mail address. A first
 * name alone would find every other Ann in the shop.
 */
function worthChecking({ lastName, phone, email }: TypedContact): boolean {
  return lastName.trim() !== '' || phoneDigits(phone).length >= 6 || /.@./.test(email);
}

/** Who already in the base might be the customer being typed, asked of the core as the user types. */
export function useDuplicateCheck(typed: TypedContact, excludeId?: string) {
  const call = useCall();
  // Debounced as text: a fresh object each render would restart the pause for ever.
  const [settledText] = useDebouncedValue(JSON.stringify(typed), TYPING_PAUSE_MS);
  const settled = JSON.parse(settledText) as TypedContact;
  // Cut to the contract's lengths: the form reports over-long values itself.
  const input = {
    firstName: settled.firstName.trim().slice(0, 80),
    lastName: settled.lastName.trim().slice(0, 80),
    phone: settled.phone.trim().slice(0, 40),
    email: settled.email.trim().slice(0, 254),
    ...(excludeId === undefined ? {} : { excludeId }),
  };
  const enabled = worthChecking(input);
  const check = useQuery({
    queryKey: queryKeys.duplicatesCheck(input),
    queryFn: () => call('duplicates:check', input),
    enabled,
    placeholderData: keepPreviousData,
  });
  return enabled ? (check.data ?? []) : [];
}
