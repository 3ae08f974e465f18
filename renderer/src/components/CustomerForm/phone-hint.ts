import { notifications } from '@mantine/notifications';
import type { Customer } from '../../../../shared/domain/customer.ts';
import { countryName } from '../ShopSettings/countries.ts';

/** The number was kept, but it will not be found or dialled as a proper number: say so once. */
export function warnIfPhoneFlagged(customer: Customer, defaultCountry: string | undefined): void {
  if (!customer.phoneFlagged) return;
  const country = defaultCountry ? countryName(defaultCountry) : 'the shop’s country';
  notifications.show({
    title: 'Check the phone number',
    message: `Saved as typed: could not read this phone number for ${country}`,
    color: 'yellow',
    role: 'status',
    autoClose: false,
  });
}
