import type { Language } from './languages.ts';

const rules = new Map<Language, Intl.PluralRules>();

/** Picks the form a count needs in a language (Italian and English: one and other). */
export function plural(language: Language, count: number, forms: { one: string; other: string }): string {
  let rule = rules.get(language);
  if (!rule) rules.set(language, (rule = new Intl.PluralRules(language)));
  return rule.select(count) === 'one' ? forms.one : forms.other;
}
