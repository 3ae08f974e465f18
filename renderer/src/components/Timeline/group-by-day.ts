import type { Interaction } from '../../../../shared/domain/interaction.ts';

export interface TimelineDay {
  /** The local calendar day, "2025-05-17": stable as a React key and a heading id. */
  key: string;
  /** The first instant of that day, for formatting its heading. */
  start: number;
  entries: Interaction[];
}

const pad = (value: number) => String(value).padStart(2, '0');

function localDayKey(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Newest day first and newest entry first within a day, in the computer's time zone, as the
 * shop sees its days; entries logged at the same moment keep the order they were logged in.
 */
export function groupByDay(interactions: readonly Interaction[]): TimelineDay[] {
  const sorted = [...interactions].sort(
    (a, b) => b.occurredAt - a.occurredAt || b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1),
  );
  const days: TimelineDay[] = [];
  for (const interaction of sorted) {
    const key = localDayKey(interaction.occurredAt);
    const last = days.at(-1);
    if (last?.key === key) last.entries.push(interaction);
    else {
      const date = new Date(interaction.occurredAt);
      const start = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
      days.push({ key, start, entries: [interaction] });
    }
  }
  return days;
}
