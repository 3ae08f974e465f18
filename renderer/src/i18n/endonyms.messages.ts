import type { Language } from './languages.ts';

/**
 * Each language named in itself, the same whatever the screen shows now, so anyone can find
 * their own: the one text that is deliberately not translated.
 */
export const ENDONYMS: Record<Language, string> = { en: 'English', it: 'Italiano' };
