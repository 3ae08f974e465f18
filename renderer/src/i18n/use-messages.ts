import { useMemo } from 'react';
import { pickLanguage, type MessagesIn } from './define-messages.ts';
import type { Language } from './languages.ts';
import { useLanguage } from './LanguageProvider.tsx';

/** A component's messages in the language the user reads: `const m = useMessages(messages)`. */
export function useMessages<
  T extends Record<string, Record<Language, string | ((...args: never[]) => string)>>,
>(messages: T): MessagesIn<T> {
  const { language } = useLanguage();
  return useMemo(() => pickLanguage(messages, language), [messages, language]);
}
