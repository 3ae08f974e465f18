import { expect, it } from 'vitest';
import { englishTextTranslator } from '../../format/messages.ts';
import { patternBackupOutcomes } from './backup-outcomes.messages.ts';

const outcome = englishTextTranslator({}, patternBackupOutcomes);

it('words each backup outcome the core writes in Italian, counting customers as Italian does', () => {
  expect(outcome('Backed up and verified: regulars-2026.db (1,204 customers).', 'it')).toBe(
    'Backup fatto e verificato: regulars-2026.db (1204 clienti).',
  );
  expect(outcome('Backed up and verified: a.db (1 customer).', 'it')).toBe(
    'Backup fatto e verificato: a.db (1 cliente).',
  );
  expect(outcome('Copied to /media/usb.', 'it')).toBe('Copiato in /media/usb.');
  expect(
    outcome('Restored a.db. The data as it was just before is kept as b.db, so this can be undone.', 'it'),
  ).toBe(
    "Ripristinato a.db. I dati com'erano subito prima sono conservati come b.db: si può tornare indietro.",
  );
  expect(outcome('The second copy to /media/usb failed: the disk is full', 'it')).toBe(
    'La seconda copia in /media/usb non è riuscita: the disk is full',
  );
  expect(outcome('Something else', 'it')).toBeNull();
});
