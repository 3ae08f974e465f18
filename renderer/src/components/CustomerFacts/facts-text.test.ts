import { describe, expect, it } from 'vitest';
import { formatDate } from '../../format/dates.ts';
import { formatMoney } from '../../format/money.ts';
import { factRows, rhythmText, sinceText } from './facts-text.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('key facts', () => {
  it('say the rhythm in whole days, and nothing before there is one', () => {
    expect(rhythmText(20.6)).toBe('Usually every 21 days');
    expect(rhythmText(0.4)).toBe('Usually every day');
    expect(rhythmText(null)).toBeNull();
  });

  it('count the days since the last visit', () => {
    const last = Date.UTC(2025, 4, 1, 12);
    expect(sinceText(last, last + 2 * 60 * 60 * 1000)).toBe('today');
    expect(sinceText(last, last + DAY)).toBe('yesterday');
    expect(sinceText(last, last + 35 * DAY + 5)).toBe('35 days ago');
  });

  it('show every fact, with a dash where there is nothing yet', () => {
    const first = Date.UTC(2025, 0, 10);
    const last = Date.UTC(2025, 2, 1);
    const rows = factRows(
      {
        firstVisitAt: first,
        lastVisitAt: last,
        visits: 3,
        totalSpendMinor: 4500,
        averageSpendMinor: 1500,
        usualIntervalDays: 24,
      },
      last + 10 * DAY,
    );
    expect(rows).toEqual([
      { label: 'First visit', value: formatDate(first) },
      { label: 'Last visit', value: `${formatDate(last)} (10 days ago)` },
      { label: 'Visits', value: '3' },
      { label: 'Total spend', value: formatMoney(4500) },
      { label: 'Average spend', value: formatMoney(1500) },
      { label: 'Rhythm', value: 'Usually every 24 days' },
    ]);
    const empty = factRows(
      {
        firstVisitAt: null,
        lastVisitAt: null,
        visits: 0,
        totalSpendMinor: 0,
        averageSpendMinor: null,
        usualIntervalDays: null,
      },
      last,
    );
    expect(empty.map((row) => row.value)).toEqual([
      '—',
      '—',
      '0',
      formatMoney(0),
      '—',
      'Not enough visits yet',
    ]);
  });
});
