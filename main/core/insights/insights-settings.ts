import {
  ACTIVE_DAYS_DEFAULT,
  activeDaysSchema,
  insightsSettingsSchema,
  type InsightsSettings,
} from '../../../shared/domain/insights.ts';
import type { CoreContext } from '../context.ts';
import type { Db } from '../db/open.ts';
import { readSetting, writeSetting } from '../repos/settings-repo.ts';
import { parseOrThrow } from '../validate.ts';

export const ACTIVE_DAYS_KEY = 'insights.activeDays';

/** The active window; a stored value that is no longer valid falls back to the default. */
export function readActiveDays(db: Db): number {
  const parsed = activeDaysSchema.safeParse(readSetting(db, ACTIVE_DAYS_KEY));
  return parsed.success ? parsed.data : ACTIVE_DAYS_DEFAULT;
}

export function getInsightsSettings(ctx: CoreContext): InsightsSettings {
  return { activeDays: readActiveDays(ctx.db) };
}

export function updateInsightsSettings(ctx: CoreContext, input: InsightsSettings): InsightsSettings {
  const { activeDays } = parseOrThrow(insightsSettingsSchema, input);
  ctx.db.transaction(() => writeSetting(ctx.db, ACTIVE_DAYS_KEY, activeDays))();
  ctx.emit('settings:changed', {});
  return getInsightsSettings(ctx);
}
