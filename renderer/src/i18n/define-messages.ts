import type { Language } from './languages.ts';

/** A text in every language: a plain string, or a function of its numbers and names. */
type Text = string | ((...args: never[]) => string);
type Translations = Record<Language, Text>;

/**
 * Declares a component's texts, each written in every language. The type makes a missing
 * translation a compile error, and an Italian text must take the same arguments as the English
 * one. Keep these in `*.messages.ts` files: the untranslated-strings test reads every other file.
 */
export function defineMessages<T extends Record<string, Translations>>(
  messages: T & { [K in keyof T]: { [L in Language]: Widen<T[K]['en']> } },
): T {
  return messages;
}

/** 'Today' is a string: the Italian need only be a string too, not the same one. */
type Widen<X> = X extends string ? string : X;

/** The messages in one language: `m.save` is a string, `m.customers(3)` a function's result. */
export type MessagesIn<T extends Record<string, Translations>> = { [K in keyof T]: Widen<T[K]['en']> };

export function pickLanguage<T extends Record<string, Translations>>(
  messages: T,
  language: Language,
): MessagesIn<T> {
  const picked: Record<string, Text> = {};
  for (const [key, translations] of Object.entries(messages)) picked[key] = translations[language];
  return picked as MessagesIn<T>;
}
