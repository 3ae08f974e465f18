import { afterEach, describe, expect, it } from 'vitest';
import { customerInputSchema } from '../../../shared/domain/customer.ts';
import { segmentNameSchema } from '../../../shared/domain/segment.ts';
import { LANGUAGE_STORAGE_KEY } from '../i18n/LanguageProvider.tsx';
import { fieldMessage, firstErrorMessage, translateMessage } from './messages.ts';
import { fixedValidationMessages, patternValidationMessages } from './validation.messages.ts';

afterEach(() => localStorage.clear());

const firstIssue = (input: unknown) => {
  const parsed = customerInputSchema.safeParse(input);
  if (parsed.success) throw new Error('expected a problem');
  return parsed.error.issues[0]?.message ?? '';
};

describe('field messages', () => {
  it('read in English as the schemas write them', () => {
    expect(fieldMessage('Email', firstIssue({ firstName: 'Ann', email: 'ann' }))).toBe(
      'Email must look like name@example.com',
    );
    expect(fieldMessage('Code', 'The customer code A7 is already used by another customer.')).toBe(
      'The customer code A7 is already used by another customer.',
    );
    expect(firstErrorMessage({ message: 'is required' })).toBe('is required');
  });

  it('read in Italian when the screen is in Italian, known fragments translated', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
    expect(fieldMessage('E-mail', firstIssue({ firstName: 'Ann', email: 'ann' }))).toBe(
      'E-mail: deve avere la forma nome@esempio.it',
    );
    expect(fieldMessage('Nome', firstIssue({ firstName: '' }))).toBe('Nome: campo obbligatorio');
    expect(fieldMessage('Etichetta', firstIssue({ firstName: 'Ann', tags: ['a,b'] }))).toBe(
      'Etichetta: non può contenere virgole',
    );
    expect(firstErrorMessage([undefined, { message: 'must not contain a comma' }])).toBe(
      'non può contenere virgole',
    );
    // A fragment already in Italian (a form's own fallback) still gets its field's name.
    expect(fieldMessage('Etichetta', 'valore non valido')).toBe('Etichetta: valore non valido');
  });

  it('translate messages with numbers and names in them, numbers written the Italian way', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
    const tooLong = segmentNameSchema.safeParse('x'.repeat(61));
    expect(tooLong.success).toBe(false);
    expect(fieldMessage('Nome', tooLong.error?.issues[0]?.message ?? '')).toBe('Nome: massimo 60 caratteri');
    expect(translateMessage('must be at least 1 day')).toBe('almeno 1 giorno');
    expect(translateMessage('must be at least 7 days')).toBe('almeno 7 giorni');
    expect(translateMessage('must be at most 1,000,000,000')).toBe('al massimo 1.000.000.000');
    expect(translateMessage('must be above the overdue factor (1.5)')).toBe(
      'deve essere maggiore del fattore di ritardo (1,5)',
    );
    expect(translateMessage("must be more than Silver's (100)")).toBe(
      'deve superare la soglia di Silver (100)',
    );
    expect(translateMessage('/mnt/usb is not a folder on this computer')).toBe(
      '/mnt/usb non è una cartella di questo computer',
    );
    expect(translateMessage('CSAT is 1 to 5')).toBe('CSAT va da 1 a 5');
  });

  it('leave unknown messages as they are, in either language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
    expect(translateMessage('something the core said')).toBe('something the core said');
    expect(fieldMessage('Nome', 'is something new')).toBe('Nome: is something new');
    expect(translateMessage('must be at most 60 characters', 'en')).toBe('must be at most 60 characters');
  });

  it('know every fragment once, with an Italian fragment where the English is one', () => {
    const english = [
      ...Object.values(fixedValidationMessages).map((message) => message.en),
      ...Object.values(patternValidationMessages).map((message) => {
        const wording: (...parts: string[]) => string = message.en;
        return wording('N', 'M');
      }),
    ];
    expect(new Set(english).size).toBe(english.length);
    for (const message of Object.values(fixedValidationMessages)) {
      if (/^[a-z]/.test(message.en)) expect(message.it).toMatch(/^[a-zàèéìòù]/);
    }
  });
});
