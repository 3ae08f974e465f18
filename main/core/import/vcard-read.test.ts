import { describe, expect, it } from 'vitest';
import { parseVcards } from './vcard-read.ts';

const card = (...lines: string[]) => ['BEGIN:VCARD', ...lines, 'END:VCARD'].join('\r\n');

describe('parseVcards', () => {
  it('reads a vCard 4.0 with escaped text, several phones and e-mails, preferred first', () => {
    const text = card(
      'VERSION:4.0',
      'FN:José Núñez',
      'N:Núñez;José;;;',
      'TEL;TYPE=home:+39 06 1234 5678',
      'TEL;TYPE=cell;PREF=1:+39 333 123 4567',
      'EMAIL:work@example.com',
      'EMAIL;PREF=1:jose@example.com',
      'BDAY:--0325',
      'NOTE:likes espresso\\, no sugar\\nallergic to lavender\\; really',
      'CATEGORIES:vip,morning',
      'ADR;TYPE=home:;;Via Roma 1\\, int. 3;Milano;;20100;Italy',
    );
    const { contacts, problems } = parseVcards(text);
    expect(problems).toEqual([]);
    expect(contacts).toEqual([
      {
        row: 1,
        version: '4.0',
        fullName: 'José Núñez',
        firstName: 'José',
        lastName: 'Núñez',
        org: '',
        phones: ['+39 333 123 4567', '+39 06 1234 5678'],
        emails: ['jose@example.com', 'work@example.com'],
        birthday: '--0325',
        birthdayNoYear: false,
        notes: ['likes espresso, no sugar\nallergic to lavender; really'],
        categories: ['vip', 'morning'],
        addresses: ['Via Roma 1, int. 3, Milano, 20100, Italy'],
      },
    ]);
  });

  it('unfolds long lines, whatever their line ends, including within a character sequence', () => {
    const text = 'BEGIN:VCARD\nVERSION:3.0\nFN:Anna Maria\n  Rossi\nNOTE:ab\r\n\tcd\nEND:VCARD\n';
    expect(parseVcards(text).contacts[0]).toMatchObject({ fullName: 'Anna Maria Rossi', notes: ['abcd'] });
  });

  it('reads vCard 3.0 and 2.1 styles: bare types, Apple birthdays without a year, quoted-printable', () => {
    const text = [
      card(
        'VERSION:3.0',
        'N:Lee;Ann;;;',
        'FN:Ann Lee',
        'TEL;TYPE=WORK,VOICE:555 0100',
        'TEL;TYPE=CELL:555 0199',
        'BDAY;X-APPLE-OMIT-YEAR=1604:1604-07-01',
        'item1.EMAIL;type=INTERNET:ann@example.com',
      ),
      card(
        'VERSION:2.1',
        'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen',
        'TEL;CELL;PREF:+49 170 1234567',
        'NOTE;ENCODING=QUOTED-PRINTABLE:first line=0D=0Asecond =',
        'line',
      ),
    ].join('\r\n');
    const [ann, jurgen] = parseVcards(text).contacts;
    expect(ann).toMatchObject({
      phones: ['555 0199', '555 0100'],
      birthday: '1604-07-01',
      birthdayNoYear: true,
      emails: ['ann@example.com'],
    });
    expect(jurgen).toMatchObject({
      firstName: 'Jürgen',
      lastName: 'Müller',
      phones: ['+49 170 1234567'],
      notes: ['first line\r\nsecond line'],
    });
  });

  it('reports a card that never ends, and keeps the others', () => {
    const text = `${card('VERSION:4.0', 'FN:One')}\r\nBEGIN:VCARD\r\nFN:Two\r\n${card('VERSION:4.0', 'FN:Three')}`;
    const { contacts, problems } = parseVcards(text);
    expect(contacts.map((c) => [c.row, c.fullName])).toEqual([
      [1, 'One'],
      [3, 'Three'],
    ]);
    expect(problems).toEqual([{ row: 2, message: 'the card has no END:VCARD' }]);
  });
});
