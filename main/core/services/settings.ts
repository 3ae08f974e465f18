import { isPhoneRegion } from '../../../shared/domain/phone.ts';
import { settingsChannels, type ShopSettings } from '../../../shared/ipc/channels/settings.ts';
import type { ChannelInput } from '../../../shared/ipc/contract.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { recomputePhoneE164 } from '../repos/customers-repo.ts';
import { DEFAULT_COUNTRY_KEY, readDefaultCountry } from '../repos/default-country.ts';
import { writeSetting } from '../repos/settings-repo.ts';
import { readShopName, SHOP_NAME_KEY } from '../repos/suggestion-repo.ts';
import { parseOrThrow } from '../validate.ts';
import { recordAudit } from './audit.ts';

export function getSettings(ctx: CoreContext): ShopSettings {
  return { defaultCountry: readDefaultCountry(ctx.db), shopName: readShopName(ctx.db) };
}

function updateShopName(ctx: CoreContext, name: string): void {
  ctx.db.transaction(() => {
    const before = readShopName(ctx.db);
    if (before === name) return;
    writeSetting(ctx.db, SHOP_NAME_KEY, name);
    recordAudit(ctx, {
      action: 'settings.update',
      subjectType: 'settings',
      subjectId: SHOP_NAME_KEY,
      summary: 'Changed the shop name',
      details: { changes: [{ field: 'shopName', old: before, new: name }] },
    });
  })();
  ctx.emit('settings:changed', {});
}

/**
 * Changes the shop's settings. A new default country re-reads every stored phone number in the
 * same transaction, so "333 1234567" becomes a valid Italian number the moment the shop says it
 * is in Italy, and a number that no longer makes sense is flagged.
 */
export function updateSettings(ctx: CoreContext, input: ChannelInput<'settings:update'>): ShopSettings {
  const change = parseOrThrow(settingsChannels['settings:update'].input, input);
  const country = change.defaultCountry;
  if (country !== undefined && !isPhoneRegion(country)) {
    throw new AppError(
      'invalid_input',
      `defaultCountry: ${country} is not a country Regulars knows phone numbers of; use a code like IT, US or GB`,
      'defaultCountry',
    );
  }
  if (change.shopName !== undefined) updateShopName(ctx, change.shopName);
  if (country === undefined) return getSettings(ctx);
  const changedIds = ctx.db.transaction((): string[] => {
    const before = readDefaultCountry(ctx.db);
    writeSetting(ctx.db, DEFAULT_COUNTRY_KEY, country);
    if (before !== country) {
      recordAudit(ctx, {
        action: 'settings.update',
        subjectType: 'settings',
        subjectId: DEFAULT_COUNTRY_KEY,
        summary: `Changed the default country from ${before} to ${country}`,
        details: { changes: [{ field: 'defaultCountry', old: before, new: country }] },
      });
    }
    return recomputePhoneE164(ctx.db, country);
  })();
  ctx.emit('settings:changed', {});
  ctx.emit('customers:changed', { ids: changedIds });
  return getSettings(ctx);
}
