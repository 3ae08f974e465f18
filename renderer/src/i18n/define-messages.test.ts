import { expect, it } from 'vitest';
import { defineMessages, pickLanguage } from './define-messages.ts';
import { detectLanguage } from './languages.ts';
import { plural } from './plural.ts';

it('picks every message in one language, plain or with arguments', () => {
  const messages = defineMessages({
    save: { en: 'Save', it: 'Salva' },
    customers: {
      en: (n: number) => plural('en', n, { one: `${n} customer`, other: `${n} customers` }),
      it: (n: number) => plural('it', n, { one: `${n} cliente`, other: `${n} clienti` }),
    },
  });
  const italian = pickLanguage(messages, 'it');
  expect(italian.save).toBe('Salva');
  expect(italian.customers(1)).toBe('1 cliente');
  expect(italian.customers(3)).toBe('3 clienti');
  expect(pickLanguage(messages, 'en').customers(0)).toBe('0 customers');
});

it('refuses, at compile time, a message missing a language or taking other arguments', () => {
  defineMessages({
    // @ts-expect-error -- no Italian
    save: { en: 'Save' },
  });
  defineMessages({
    // @ts-expect-error -- the Italian wants a string where the English wants a number
    count: { en: (n: number) => `${n}`, it: (n: string) => n },
  });
  defineMessages({
    // @ts-expect-error -- a plain English text cannot become a function in Italian
    title: { en: 'Title', it: () => 'Titolo' },
  });
});

it('follows the first of the computer languages it speaks, else English', () => {
  expect(detectLanguage(['it-CH', 'en-US'])).toBe('it');
  expect(detectLanguage(['de-DE', 'it-IT'])).toBe('it');
  expect(detectLanguage(['fr-FR'])).toBe('en');
  expect(detectLanguage([])).toBe('en');
});
