import { describe, expect, it } from 'vitest';
import type { DuplicateTuple } from '../repos/duplicates-repo.ts';
import { findDuplicatePairs, SHARED_CONTACT_LIMIT } from './duplicate-scan.ts';

// The whole-base scan on plain rows: [seq, first, last, phone digits, E.164, e-mail].

const row = (seq: number, first: string, last: string, digits = '', email = ''): DuplicateTuple => [
  seq,
  first,
  last,
  digits,
  '',
  email,
];

const describePairs = (rows: DuplicateTuple[], limit = 100, dismissed = new Set<string>()) =>
  findDuplicatePairs(rows, dismissed, limit).map(
    (pair) => `${rows[pair.a]?.[0]}-${rows[pair.b]?.[0]} ${pair.score} ${pair.reasons.join('+')}`,
  );

describe('findDuplicatePairs', () => {
  it('ranks contact matches first, then the same name, then similar names; limit and dismissals hold', () => {
    const rows = [
      row(1, 'Catherine', 'Johnson'),
      row(2, 'Ana', 'Lee', '3331234567'),
      row(3, 'Maria', 'Rossi'),
      row(4, 'Catharine', 'Jonson'),
      row(5, 'Bo', 'Chen', '393331234567', 'bo@x.it'),
      row(6, 'Maria', 'Rossi'),
      row(7, 'Bob', 'Chen', '', 'BO@x.it'),
    ];
    expect(describePairs(rows)).toEqual([
      '5-7 1 Same e-mail+Similar name (spelled almost the same)',
      '2-5 1 Same phone number',
      '3-6 0.9 Same name',
      '1-4 0.73 Similar name (spelled almost the same)',
    ]);
    expect(describePairs(rows, 3)).toEqual(describePairs(rows).slice(0, 3));
    expect(describePairs(rows, 100, new Set(['3|6', '2|5']))).toEqual([
      '5-7 1 Same e-mail+Similar name (spelled almost the same)',
      '1-4 0.73 Similar name (spelled almost the same)',
    ]);
  });

  it('ignores a phone number or e-mail shared by more customers than a person would share', () => {
    // Different people (different initials, so their names do not match either).
    const walkIns = Array.from({ length: SHARED_CONTACT_LIMIT + 1 }, (_, i) =>
      row(i + 1, String.fromCharCode(65 + i).repeat(4), 'Guest', '0000000000', 'none@shop.it'),
    );
    expect(describePairs(walkIns)).toEqual([]);
    // A family of three sharing a number is still worth a look.
    const family = [1, 2, 3].map((seq) => row(seq, `Kid${seq}`, 'Ray', '3339876543'));
    expect(describePairs(family)).toHaveLength(3);
  });

  it('still finds a near spelling in a block too big to compare all against all', () => {
    // Sixty unrelated "Ros…" family names of people called A…: one block, compared by neighbours
    // ("Ana" and "Anna" start differently, so no first-name block holds both).
    let seed = 7;
    const letter = () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26));
    const word = (length: number) => Array.from({ length }, letter).join('');
    const fillers = Array.from({ length: 60 }, (_, i) =>
      row(i + 1, `A${word(4)}`, `Ros${'tuvwyz'[i % 6]}${word(5)}`),
    );
    expect(describePairs(fillers)).toEqual([]);
    const rows = [...fillers, row(100, 'Anna', 'Rossetti'), row(101, 'Ana', 'Rosetti')];
    expect(describePairs(rows)).toEqual(['101-100 0.77 Similar name (spelled almost the same)']);
  });
});
