import { CONSENT_CHANNELS, type ConsentChannel } from '../../../../shared/domain/customer.ts';
import {
  CUSTOMER_TARGETS,
  INTERACTION_TARGETS,
  targetLabel,
} from '../../../../shared/domain/import-targets.ts';
import { pickLanguage } from '../../i18n/define-messages.ts';
import type { Language } from '../../i18n/languages.ts';
import { useLanguage } from '../../i18n/LanguageProvider.tsx';
import { targetChannelMessages, targetMessages } from './ImportWizard.messages.ts';

const CONSENT = /^consent_(email|sms|phone|post)(_date|_source)?$/;

function isChannel(value: string): value is ConsentChannel {
  return (CONSENT_CHANNELS as readonly string[]).includes(value);
}

/** How a column's destination is named in `language` ("first_name" → "First Name"); others as given. */
export function targetLabelIn(target: string, language: Language): string {
  const m = pickLanguage(targetMessages, language);
  const consent = CONSENT.exec(target);
  if (consent) {
    const channel = consent[1] ?? '';
    const name = isChannel(channel) ? pickLanguage(targetChannelMessages, language)[channel] : channel;
    return m.consent(name, consent[2] ?? '');
  }
  return Object.hasOwn(targetMessages, target) ? (m[target as keyof typeof m] as string) : target;
}

const ALL_TARGETS = [...new Set([...CUSTOMER_TARGETS, ...INTERACTION_TARGETS])];

/**
 * `label(target)` names a column's destination in the reader's language; `fromCore(name)` re-words
 * a name the core used for one (the preview's columns are the English `targetLabel`s).
 */
export function useTargetLabels(): { label: (target: string) => string; fromCore: (name: string) => string } {
  const { language } = useLanguage();
  return {
    label: (target) => targetLabelIn(target, language),
    fromCore: (name) => {
      const target = ALL_TARGETS.find((candidate) => targetLabel(candidate) === name);
      return target === undefined ? name : targetLabelIn(target, language);
    },
  };
}
