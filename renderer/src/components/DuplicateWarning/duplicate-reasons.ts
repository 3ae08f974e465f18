import { pickLanguage } from '../../i18n/define-messages.ts';
import type { Language } from '../../i18n/languages.ts';
import { currentLanguage } from '../../i18n/LanguageProvider.tsx';
import { duplicateReasonMessages } from './DuplicateWarning.messages.ts';

const INITIAL = /^Similar name \(initial (.+)\. and same last name\)$/;

/** One of the core's reasons two customers may be one person, in `language`; unknown ones as they are. */
export function duplicateReasonText(reason: string, language: Language = currentLanguage()): string {
  const m = pickLanguage(duplicateReasonMessages, language);
  for (const key of ['samePhone', 'sameEmail', 'sameName', 'swapped', 'spelled'] as const) {
    if (reason === duplicateReasonMessages[key].en) return m[key];
  }
  const initial = INITIAL.exec(reason);
  return initial ? m.initial(initial[1] ?? '') : reason;
}
