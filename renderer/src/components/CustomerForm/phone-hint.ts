import { notifications } from '@mantine/notifications';
import type { Customer } from '../../../../shared/domain/customer.ts';
import { pickLanguage } from '../../i18n/define-messages.ts';
import { currentLanguage } from '../../i18n/LanguageProvider.tsx';
import { countryName } from '../ShopSettings/countries.ts';
import { messages } from './CustomerForm.messages.ts';

/** The number was kept, but it will not be found or dialled as a proper number: say so once. */
export function warnIfPhoneFlagged(customer: Customer, defaultCountry: string | undefined): void {
  if (!customer.phoneFlagged) return;
  const m = pickLanguage(messages, currentLanguage());
  const country = defaultCountry ? countryName(defaultCountry) : m.theShopsCountry;
  notifications.show({
    title: m.checkPhone,
    message: m.savedAsTyped(country),
    color: 'yellow',
    role: 'status',
    autoClose: false,
  });
}
