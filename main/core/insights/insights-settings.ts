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
import { recordAudit } from '../services/audit.ts';

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
  ctx.db.transaction(() => {
    const before = readActiveDays(ctx.db);
    writeSetting(ctx.db, ACTIVE_DAYS_KEY, activeDays);
    if (before !== activeDays) {
      recordAudit(ctx, {
        action: 'settings.insights',
        subjectType: 'settings',
        subjectId: ACTIVE_DAYS_KEY,
        summary: 'Changed how recent a visit makes a customer active',
        details: { changes: [{ field: 'activeDays', old: before, new: activeDays }] },
      });
    }
  })();
  ctx.emit('settings:changed', {});
  return getInsightsSettings(ctx);
}
