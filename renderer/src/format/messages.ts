import { pickLanguage } from '../i18n/define-messages.ts';
import type { Language } from '../i18n/languages.ts';
import { currentLanguage } from '../i18n/LanguageProvider.tsx';
import {
  fieldSentenceMessages,
  fixedValidationMessages,
  patternValidationMessages,
} from './validation.messages.ts';

/** The core names the field in front of its message ("fields.email: must …"); next to the field that is redundant. */
export function withoutFieldPrefix(message: string, field: string): string {
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}

/**
 * Schema messages are fragments written to follow the field's name ("must look like
 * name@example.com"), so they read "Email must look like name@example.com"; whole sentences
 * ("The customer code A7 is already used…") are left as they are. Known messages are shown in the
 * language on screen ("E-mail: deve avere la forma nome@esempio.it").
 */
export function fieldMessage(label: string, message: string): string {
  const language = currentLanguage();
  const text = translateMessage(message, language);
  return /^[a-z]/.test(message) ? pickLanguage(fieldSentenceMessages, language).labelled(label, text) : text;
}

/**
 * The first message of a field's error, including errors on one item of a list field such as
 * tags, in the language on screen when it is a known one.
 */
export function firstErrorMessage(error: unknown): string | undefined {
  if (Array.isArray(error)) {
    for (const item of error) {
      const message = firstErrorMessage(item);
      if (message) return message;
    }
  }
  if (
    typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof error.message === 'string'
  ) {
    return error.message ? translateMessage(error.message, currentLanguage()) : undefined;
  }
  return undefined;
}

type Wording = (...parts: string[]) => string;
type Pattern = { regex: RegExp; translate: Partial<Record<Language, Wording>> };
type Translations<T> = Record<string, { en: T } & Partial<Record<Language, T>>>;

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Looks up English text the core wrote (fixed sentences, and sentences with parts such as a
 * number or a date) and gives it in `language`; unknown text comes back as null. Parts that are
 * numbers written in English are re-written for the reader.
 */
export function englishTextTranslator(
  fixedMessages: Translations<string>,
  patternMessages: Translations<Wording>,
): (message: string, language: Language) => string | null {
  const fixed = new Map(Object.values(fixedMessages).map((translations) => [translations.en, translations]));
  // Each pattern's English with its parts as "(.+?)", the longest wording first.
  const patterns: Pattern[] = Object.values(patternMessages)
    .map((translations) => {
      const english = translations.en;
      const markers = Array.from({ length: english.length }, (_, index) => `\u0000${index}\u0000`);
      const template = english(...markers);
      let source = escapeRegex(template);
      for (const marker of markers) source = source.replace(marker, '(.+?)');
      return {
        literal: markers.reduce((rest, marker) => rest.replace(marker, ''), template).length,
        regex: new RegExp(`^${source}$`, 's'),
        translate: translations satisfies Pattern['translate'],
      };
    })
    .sort((a, b) => b.literal - a.literal);
  return (message, language) => {
    const known = fixed.get(message)?.[language];
    if (known !== undefined) return known;
    for (const { regex, translate } of patterns) {
      const match = regex.exec(message);
      const wording = translate[language];
      if (match && wording) return wording(...match.slice(1).map((part) => localNumber(part, language)));
    }
    return null;
  };
}

const ENGLISH_NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** "1,000,000" as written in English, re-written for the reader ("1.000.000"); other text as is. */
function localNumber(text: string, language: Language): string {
  if (!ENGLISH_NUMBER.test(text)) return text;
  return new Intl.NumberFormat(language, { maximumFractionDigits: 20 }).format(
    Number(text.replace(/,/g, '')),
  );
}

const validationText = englishTextTranslator(fixedValidationMessages, patternValidationMessages);

/**
 * A message from the schemas or the core in `language`, when it is one we know (looked up by its
 * English wording); any other message is returned unchanged.
 */
export function translateMessage(message: string, language: Language = currentLanguage()): string {
  if (language === 'en') return message;
  const known = validationText(message, language);
  if (known !== null) return known;
  // "phone: may contain only …": the core named the field; the fragment after it may be known.
  const named = FIELD_PREFIX.exec(message);
  if (named) {
    const [, field = '', fragment = ''] = named;
    const translated = translateMessage(fragment, language);
    if (translated !== fragment) return `${field}: ${translated}`;
  }
  return message;
}

const FIELD_PREFIX = /^([\w.]+): (.+)$/s;
