import { describe, expect, it } from 'vitest';
import { daysAfter, rhythmDays, rhythmOf, rhythmState, typicalInterval } from './rhythm.ts';

const thresholds = { overdueFactor: 1.5, stopAfterFactor: 3 };

describe('rhythm', () => {
  it('counts distinct days and takes the median gap of the last 10 of them', () => {
    expect(rhythmOf([])).toEqual({ visitDays: 0, firstDay: null, lastDay: null, intervalDays: null });
    expect(rhythmOf([100, 100])).toEqual({ visitDays: 1, firstDay: 100, lastDay: 100, intervalDays: null });
    // 12 days 30 apart, then 10 days a week apart: only the last 10 days count (9 gaps of 7).
    const days = [
      ...Array.from({ length: 12 }, (_, i) => i * 30),
      ...Array.from({ length: 10 }, (_, i) => 400 + i * 7),
    ];
    expect(rhythmOf([...days].reverse())).toEqual({
      visitDays: 22,
      firstDay: 0,
      lastDay: 463,
      intervalDays: 7,
    });
  });

  it('rounds thresholds up to whole days without floating-point surprises', () => {
    expect(daysAfter(10, 1.1)).toBe(11);
    expect(daysAfter(10.5, 1.5)).toBe(16);
    expect(daysAfter(7, 1)).toBe(7);
    expect(rhythmDays(100, 14, thresholds)).toEqual({ dueDay: 114, overdueDay: 121, stopDay: 142 });
  });

  it.each([
    [113, 'not_yet'],
    [114, 'due'],
    [120, 'due'],
    [121, 'overdue'],
    [141, 'overdue'],
    [142, 'lapsed'],
  ])('on day %i a fortnightly customer last seen on day 100 is %s', (today, state) => {
    expect(rhythmState(today, 100, 14, thresholds)).toBe(state);
  });

  it('takes the median of the customers’ intervals as the shop’s typical one', () => {
    expect(typicalInterval([])).toBeNull();
    expect(typicalInterval([30, 10, 20])).toBe(20);
    expect(typicalInterval([7, 30, 10, 20])).toBe(15);
  });
});
