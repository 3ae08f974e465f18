import { describe, expect, it } from 'vitest';
import {
  compareScores,
  emailKey,
  jaroWinkler,
  phoneKey,
  scoreDuplicate,
  type ScoredPerson,
} from './duplicate-scoring.ts';

const person = (firstName: string, lastName: string, extra: Partial<ScoredPerson> = {}): ScoredPerson => ({
  firstName,
  lastName,
  phoneDigits: '',
  phoneE164: '',
  email: '',
  ...extra,
});

describe('jaroWinkler', () => {
  // The textbook answers (Winkler 1990; Wikipedia's worked examples).
  it.each([
    ['martha', 'marhta', 0.9611],
    ['dwayne', 'duane', 0.84],
    ['dixon', 'dicksonx', 0.8133],
    ['abc', 'abc', 1],
    ['abc', 'xyz', 0],
    ['', 'abc', 0],
  ])('%s ~ %s = %f', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 4);
    expect(jaroWinkler(b, a)).toBeCloseTo(expected, 4);
  });
});

describe('keys', () => {
  it('phone: the last nine digits, nothing under seven', () => {
    expect(phoneKey('393331234567')).toBe('331234567');
    expect(phoneKey('3331234567')).toBe('331234567');
    expect(phoneKey('1234567')).toBe('1234567');
    expect(phoneKey('123456')).toBe('');
  });

  it('e-mail: trimmed, case-blind, Gmail dots and +tags ignored, other providers left alone', () => {
    expect(emailKey('  Ana.Lee@Example.com ')).toBe('ana.lee@example.com');
    expect(emailKey('ana.lee+shop@gmail.com')).toBe('analee@gmail.com');
    expect(emailKey('A.N.A.Lee@GoogleMail.com')).toBe('analee@gmail.com');
    expect(emailKey('ana.lee+shop@example.com')).toBe('ana.lee+shop@example.com');
  });
});

describe('scoreDuplicate', () => {
  it('the same phone however typed, whatever the country prefix, is certain', () => {
    const a = person('Ana', 'Lee', { phoneDigits: '393331234567' });
    const b = person('Bo', 'Chen', { phoneDigits: '03331234567' });
    expect(scoreDuplicate(a, b)).toEqual({ score: 1, reasons: ['Same phone number'] });
  });

  it('equal E.164 numbers count even when the typed digits differ', () => {
    const a = person('Ana', 'Lee', { phoneDigits: '00393331234567', phoneE164: '+393331234567' });
    const b = person('Bo', 'Chen', { phoneDigits: '3331234567', phoneE164: '+393331234567' });
    expect(scoreDuplicate(a, b).reasons).toEqual(['Same phone number']);
  });

  it('short or different numbers are no evidence', () => {
    expect(
      scoreDuplicate(
        person('A', 'B', { phoneDigits: '123456' }),
        person('C', 'D', { phoneDigits: '123456' }),
      ),
    ).toEqual({ score: 0, reasons: [] });
    expect(
      scoreDuplicate(
        person('A', 'B', { phoneDigits: '3331234567' }),
        person('C', 'D', { phoneDigits: '3331234568' }),
      ).score,
    ).toBe(0);
  });

  it('the same e-mail, case and spaces ignored, Gmail dots too', () => {
    expect(
      scoreDuplicate(person('A', 'B', { email: 'Ana@Shop.it' }), person('C', 'D', { email: ' ana@shop.it' })),
    ).toEqual({ score: 1, reasons: ['Same e-mail'] });
    expect(
      scoreDuplicate(
        person('A', 'B', { email: 'a.n.a@gmail.com' }),
        person('C', 'D', { email: 'ana+x@gmail.com' }),
      ).reasons,
    ).toEqual(['Same e-mail']);
  });

  it('every agreeing signal is a reason; the strongest is the score', () => {
    const a = person('José', 'Núñez', { phoneDigits: '3331234567', email: 'jose@x.es' });
    const b = person('Jose', 'Nunez', { phoneDigits: '393331234567', email: 'JOSE@x.es' });
    expect(scoreDuplicate(a, b)).toEqual({
      score: 1,
      reasons: ['Same phone number', 'Same e-mail', 'Same name'],
    });
  });

  it('the same name, accents, case and punctuation ignored', () => {
    expect(scoreDuplicate(person('José', 'Núñez'), person('JOSE', 'nunez'))).toEqual({
      score: 0.9,
      reasons: ['Same name'],
    });
    expect(scoreDuplicate(person('Łukasz', "O'Brien"), person('Lukasz', 'OBrien')).score).toBe(0.9);
    expect(scoreDuplicate(person('Marco', 'De Luca'), person('Marco', 'Deluca')).score).toBe(0.9);
  });

  it('first and last name swapped', () => {
    expect(scoreDuplicate(person('Núñez', 'José'), person('José', 'Nunez'))).toEqual({
      score: 0.85,
      reasons: ['Similar name (first and last name swapped)'],
    });
  });

  it('an initial with the same last name', () => {
    expect(scoreDuplicate(person('J.', 'Núñez'), person('José', 'Nunez'))).toEqual({
      score: 0.8,
      reasons: ['Similar name (initial J. and same last name)'],
    });
    // A different initial is a different person.
    expect(scoreDuplicate(person('M.', 'Núñez'), person('José', 'Nunez')).score).toBe(0);
  });

  it('a near spelling scores 0.7–0.85, below the exact name', () => {
    const typo = scoreDuplicate(person('Catherine', 'Johnson'), person('Catharine', 'Jonson'));
    expect(typo.reasons).toEqual(['Similar name (spelled almost the same)']);
    expect(typo.score).toBeGreaterThanOrEqual(0.7);
    expect(typo.score).toBeLessThanOrEqual(0.85);
    const closer = scoreDuplicate(person('Jon', 'Smith'), person('John', 'Smith'));
    expect(closer.score).toBeGreaterThan(typo.score);
    expect(closer.score).toBeLessThan(0.9);
  });

  it('does not over-match short names, nicknames, other families or a first name alone', () => {
    expect(scoreDuplicate(person('Al', 'Li'), person('Ali', 'Lu')).score).toBe(0);
    expect(scoreDuplicate(person('Bob', 'Smith'), person('Robert', 'Smith')).score).toBe(0);
    expect(scoreDuplicate(person('Anna', 'Rossi'), person('Anna', 'Russo')).score).toBe(0);
    expect(scoreDuplicate(person('Marco', 'Rossi'), person('Luca', 'Rossi')).score).toBe(0);
    expect(scoreDuplicate(person('Anna', ''), person('Anna', '')).score).toBe(0);
  });

  it('orders by score, then by how many signals agree', () => {
    const scores = [
      { score: 0.9, reasons: ['Same name'] },
      { score: 1, reasons: ['Same e-mail'] },
      { score: 1, reasons: ['Same e-mail', 'Same name'] },
    ];
    expect(scores.sort(compareScores).map((s) => s.reasons.join('+'))).toEqual([
      'Same e-mail+Same name',
      'Same e-mail',
      'Same name',
    ]);
  });
});
