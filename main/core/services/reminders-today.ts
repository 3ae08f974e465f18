import { dayToIso } from '../../../shared/domain/calendar-day.ts';
import type { ConsentChannel } from '../../../shared/domain/customer.ts';
import type { ReminderSettings } from '../../../shared/domain/reminder-settings.ts';
import {
  REMINDER_KINDS,
  type ReminderKind,
  type ReminderRow,
  type TodayList,
} from '../../../shared/domain/reminders.ts';
import type { ChannelParsedInput } from '../../../shared/ipc/contract.ts';
import type { CoreContext } from '../context.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import { rankRows, type RankedRow } from '../reminders/ranking.ts';
import { readReminderSettings } from '../repos/reminder-settings-repo.ts';
import { contactFacts } from '../repos/reminder-state-repo.ts';
import { collectReasons } from './reminder-collect.ts';
import { asOfScope } from './reminder-scope.ts';
import { rankedToday, type RankedToday } from './today-cache.ts';

// The Today list: one ranked row per customer with every reason, counts by kind over all of
// them. Read-only: it never writes, so it can run at any moment, any number of times.

function displayRows(db: Db, ranked: readonly RankedRow[]): ReminderRow[] {
  const ids = ranked.map((row) => row.customerId);
  const names = new Map(
    prepared<[string], { id: string; first_name: string; last_name: string; code: string }>(
      db,
      `SELECT c.id, c.first_name, c.last_name, coalesce(c.code, '') AS code
       FROM json_each(?) j JOIN customers c ON c.id = j.value`,
    )
      .all(JSON.stringify(ids))
      .map((row) => [row.id, row]),
  );
  const contacts = contactFacts(db, ids);
  return ranked.map((row) => {
    const name = names.get(row.customerId);
    const contact = contacts.get(row.customerId) ?? { doNotContact: false, channels: [] };
    return {
      customerId: row.customerId,
      kinds: row.kinds,
      reasons: row.hits.map((hit) => hit.build()),
      dueDate: dayToIso(row.dueDay),
      score: row.score,
      firstName: name?.first_name ?? '',
      lastName: name?.last_name ?? '',
      code: name?.code ?? '',
      contact: {
        status: contact.doNotContact ? 'do_not_contact' : contact.channels.length === 0 ? 'no_consent' : 'ok',
        channels: contact.channels as ConsentChannel[],
      },
    };
  });
}

/** Ranked rows of a past day, worked out from the interactions known at its end. */
function rankedAsOf(ctx: CoreContext, asOf: string, settings: ReminderSettings): RankedToday {
  const { scope, model } = asOfScope(ctx, asOf, settings);
  const { byCustomer, snoozed } = collectReasons(ctx.db, scope);
  return { today: scope.today, ranked: rankRows(byCustomer), snoozed: snoozed.size, model };
}

export function listReminders(ctx: CoreContext, input: ChannelParsedInput<'reminders:today'>): TodayList {
  const settings = readReminderSettings(ctx.db);
  const { today, ranked, snoozed, model } =
    input.asOf === undefined ? rankedToday(ctx, settings) : rankedAsOf(ctx, input.asOf, settings);
  const counts = Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, 0])) as Record<ReminderKind, number>;
  for (const row of ranked) for (const kind of row.kinds) counts[kind]++;
  const kind = input.kind;
  const shown = (kind === undefined ? ranked : ranked.filter((row) => row.kinds.includes(kind))).slice(
    0,
    input.limit,
  );
  return {
    asOf: dayToIso(today),
    rows: displayRows(ctx.db, shown),
    total: ranked.length,
    counts,
    snoozed,
    model,
  };
}
