import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../../../shared/domain/interaction.ts';
import { groupByDay } from './group-by-day.ts';

function entry(id: string, occurredAt: number, createdAt = occurredAt): Interaction {
  return {
    id,
    customerId: 'c1',
    occurredAt,
    kind: 'visit',
    channel: 'in_person',
    amountMinor: null,
    note: '',
    staffId: null,
    csat: null,
    nps: null,
    ces: null,
    createdAt,
    updatedAt: createdAt,
  };
}

describe('groupByDay', () => {
  it('puts entries under their local day, newest day and newest entry first', () => {
    const morning = new Date(2025, 4, 17, 9, 0).getTime();
    const evening = new Date(2025, 4, 17, 21, 30).getTime();
    const dayBefore = new Date(2025, 4, 16, 23, 59).getTime();
    const days = groupByDay([entry('a', morning), entry('b', dayBefore), entry('c', evening)]);

    expect(days.map((day) => day.key)).toEqual(['2025-05-17', '2025-05-16']);
    expect(days[0]?.entries.map((e) => e.id)).toEqual(['c', 'a']);
    expect(days[0]?.start).toBe(new Date(2025, 4, 17).getTime());
  });

  it('keeps entries of the same moment in the order they were logged, latest on top', () => {
    const at = new Date(2025, 4, 17, 12, 0).getTime();
    const days = groupByDay([entry('first', at, at), entry('second', at, at + 5)]);
    expect(days[0]?.entries.map((e) => e.id)).toEqual(['second', 'first']);
  });

  it('has no day for no entries', () => {
    expect(groupByDay([])).toEqual([]);
  });
});
