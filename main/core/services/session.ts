import type { CoreContext } from '../context.ts';
import { readSetting } from '../repos/settings-repo.ts';

export const CURRENT_STAFF_KEY = 'current_staff_id';

/**
 * Who is at the counter: stamped on every interaction and change. Kept in the database so it
 * survives a restart and is the same for the window and the browser mode. The CLI passes its
 * own `--staff` instead.
 */
export function getCurrentStaffId(ctx: CoreContext): string | null {
  const value = readSetting(ctx.db, CURRENT_STAFF_KEY);
  return typeof value === 'string' ? value : null;
}
