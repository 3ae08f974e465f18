import { dayText, localDay } from './local-time.ts';
import { spendPoints, versionAt, type ProgramVersion } from './program.ts';

/** A visit or purchase that may earn (live, earns_points = 1), oldest first (then by id). */
export interface EarningInteraction {
  id: string;
  at: number;
  amountMinor: number | null;
}

/** Points a program promises, before the ledger applies them: one per purchase, one per visit day. */
export interface PointsEntry {
  key: string;
  at: number;
  points: number;
  interactionId: string;
}

/** What tier qualification counts of each interaction. */
export interface QualifyingVisit {
  at: number;
  day: number;
  amountMinor: number;
  /** Points it earned (its purchase points, plus the day's visit points on a day's first one). */
  points: number;
}

export interface Earnings {
  /** Purchase points (`earn:<interaction id>`) and visit-day points (`visit:<YYYY-MM-DD>`), by time. */
  entries: PointsEntry[];
  /** Every earning interaction, by time: tiers and expiry read these. */
  visits: QualifyingVisit[];
}

/**
 * What each interaction earns under the version in force when it happened: purchase points per
 * interaction (rounded down), and visit points once per local day whose spend reaches the
 * minimum, dated at the day's first interaction. Interactions before the first version earn nothing.
 */
export function computeEarnings(
  versions: readonly ProgramVersion[],
  interactions: readonly EarningInteraction[],
): Earnings {
  return earn(versions, interactions, true);
}

/** An earning interaction without its id: all that tiers need. */
export type DatedSpend = Omit<EarningInteraction, 'id'>;

/** The visits of computeEarnings alone, without building its entries: what a tier preview needs. */
export function qualifyingVisits(
  versions: readonly ProgramVersion[],
  interactions: readonly DatedSpend[],
): QualifyingVisit[] {
  return earn(versions, interactions, false).visits;
}

function earn(
  versions: readonly ProgramVersion[],
  interactions: readonly (DatedSpend & { id?: string })[],
  withEntries: boolean,
): Earnings {
  const entries: PointsEntry[] = [];
  const visits: QualifyingVisit[] = [];
  let index = 0;
  // Each interaction's local day is worked out once: it ends one day's group or joins it.
  let day = interactions.length > 0 ? localDay(interactions[0]?.at ?? 0) : 0;
  while (index < interactions.length) {
    const first = interactions[index];
    if (!first) break;
    let end = index + 1;
    let daySpend = first.amountMinor ?? 0;
    let nextDay = day;
    while (end < interactions.length) {
      const interaction = interactions[end];
      nextDay = localDay(interaction?.at ?? 0);
      if (nextDay !== day) break;
      daySpend += interaction?.amountMinor ?? 0;
      end++;
    }
    const dayVersion = versionAt(versions, first.at);
    const perVisit = dayVersion?.program.earn.pointsPerVisit ?? 0;
    const visitPoints =
      dayVersion && perVisit > 0 && daySpend >= dayVersion.program.earn.visitMinSpendMinor ? perVisit : 0;
    if (visitPoints > 0 && withEntries) {
      entries.push({
        key: `visit:${dayText(day)}`,
        at: first.at,
        points: visitPoints,
        interactionId: first.id ?? '',
      });
    }
    for (let i = index; i < end; i++) {
      const interaction = interactions[i];
      if (!interaction) continue;
      const version = i === index ? dayVersion : versionAt(versions, interaction.at);
      const points = version ? spendPoints(interaction.amountMinor, version.program) : 0;
      if (points !== 0 && withEntries) {
        const id = interaction.id ?? '';
        entries.push({ key: `earn:${id}`, at: interaction.at, points, interactionId: id });
      }
      visits.push({
        at: interaction.at,
        day,
        amountMinor: interaction.amountMinor ?? 0,
        points: points + (i === index ? visitPoints : 0),
      });
    }
    index = end;
    day = nextDay;
  }
  return { entries, visits };
}
