import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  newPin: { en: 'New PIN', it: 'Nuovo PIN' },
  newPinAgain: { en: 'New PIN again', it: 'Ripeti il nuovo PIN' },
  pinNotValid: {
    en: 'The PIN must be a PIN of 4 to 8 digits, or a password of at least 8 characters',
    it: 'Il PIN deve avere da 4 a 8 cifre, oppure essere una password di almeno 8 caratteri',
  },
  pinTooLong: {
    en: 'The PIN must be at most 128 characters',
    it: 'Il PIN può avere al massimo 128 caratteri',
  },
  pinsDiffer: { en: 'The two PINs are not the same', it: 'I due PIN non coincidono' },
});
