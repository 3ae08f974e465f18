import { describe, expect, it } from 'vitest';
import { reasonFor } from '../../../../main/core/loyalty/ledger-reasons.ts';
import { englishTextTranslator } from '../../format/messages.ts';
import { fixedLedgerReasons, patternLedgerReasons } from './ledger-reasons.messages.ts';

const ledgerReason = englishTextTranslator(fixedLedgerReasons, patternLedgerReasons);

// Every wording the core can give a derived row: each kind of key, either sign, with and without
// earlier rows, still owed or not.
const coreWordings = ['earn:i1', 'visit:2026-03-05', 'expire:1', 'cover:1', 'other'].flatMap((key) =>
  [5, -5].flatMap((points) =>
    [true, false].flatMap((hadRows) => [true, false].map((owed) => reasonFor(key, points, hadRows, owed))),
  ),
);

describe('ledger reasons in Italian', () => {
  it.each([...new Set(coreWordings)])('knows "%s"', (english) => {
    const italian = ledgerReason(english, 'it');
    expect(italian).not.toBeNull();
    expect(italian).not.toBe(english);
  });

  it('writes the day of a visit as an Italian reader does, and keeps unknown text as typed', () => {
    expect(ledgerReason('Points for the visit on 2026-03-05', 'it')).toBe(
      'Punti per la visita del 05/03/2026',
    );
    expect(ledgerReason('Birthday bonus 2026', 'it')).toBe('Bonus compleanno 2026');
    expect(ledgerReason('Redeemed 12000 points', 'it')).toBe('Riscattati 12.000 punti');
    expect(ledgerReason('Goodwill after the broken cup', 'it')).toBeNull();
    expect(ledgerReason('Recalculated', 'en')).toBe('Recalculated');
  });
});
